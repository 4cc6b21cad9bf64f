/** The shapes of the backend's shopping API the account pages read (backend/src/api/store/ocop/SHOPPING.md). */

export interface Customer {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
}

export interface VnAddress {
  full_name: string;
  phone: string;
  province_code: string;
  province_name: string;
  commune_code: string;
  commune_name: string;
  street: string;
}

export interface SavedAddress extends VnAddress {
  id: string;
}

export type OrderStatus = "pending" | "canceled" | "completed";
export type ShipmentStatus = "pending" | "confirmed" | "shipped" | "cancelled";
export type PaymentStatus = "awaiting" | "authorized" | "captured" | "canceled";

export interface BankTransfer {
  bank_name: string;
  account_name: string;
  account_number: string;
  branch: string | null;
  amount: number;
  memo: string;
}

export interface OrderItem {
  title: string;
  variant_title: string | null;
  thumbnail: string | null;
  quantity: number;
  unit_price: number;
  total: number;
}

export interface Shipment {
  id: string;
  producer: { id: string; name: string; slug: string };
  status: ShipmentStatus;
  items: OrderItem[];
  item_total: number;
  shipping_name: string | null;
  shipping_total: number;
  total: number;
  carrier: string | null;
  tracking_number: string | null;
  shipped_at: string | null;
}

export interface OrderView {
  id: string;
  code: string;
  display_id: number;
  created_at: string;
  email: string;
  status: OrderStatus;
  shipping_address: VnAddress | null;
  payment: { code: string; name: string; status: PaymentStatus; bank_transfer: BankTransfer | null } | null;
  item_total: number;
  discount_total: number;
  shipping_total: number;
  total: number;
  shipments: Shipment[];
  can_cancel: boolean;
  belongs_to_customer: boolean;
}

export interface Province {
  code: string;
  name: string;
}

export interface Commune {
  code: string;
  name: string;
}
