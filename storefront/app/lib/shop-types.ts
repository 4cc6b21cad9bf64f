/** The shapes of the backend's shopping API (backend/src/api/store/ocop/SHOPPING.md). Money is whole đồng. */

export interface VnAddress {
  full_name: string;
  phone: string;
  province_code: string;
  province_name: string;
  commune_code: string;
  commune_name: string;
  street: string;
}

export type SavedAddress = VnAddress & { id: string };

export type ShippingCode = "standard" | "express";
export type PaymentCode = "cod" | "bank_transfer" | "stripe";

export interface CartItem {
  id: string;
  product_id: string;
  handle: string;
  title: string;
  variant_id: string;
  variant_title: string;
  thumbnail: string | null;
  quantity: number;
  unit_price: number;
  total: number;
  /** Units left to sell; null when stock is not tracked. */
  available: number | null;
}

export interface CartGroup {
  producer: { id: string; name: string; slug: string; province_name: string | null };
  items: CartItem[];
  item_total: number;
  shipping: { option_id: string; code: ShippingCode; name: string; amount: number } | null;
}

export interface CartPayment {
  provider_id: string;
  code: PaymentCode;
  status: string;
  client_secret: string | null;
}

export interface CartView {
  id: string;
  email: string | null;
  customer_id: string | null;
  region_id: string;
  completed_at: string | null;
  groups: CartGroup[];
  item_count: number;
  item_total: number;
  discount_total: number;
  shipping_total: number;
  total: number;
  promotions: { code: string }[];
  shipping_address: VnAddress | null;
  payment: CartPayment | null;
}

export interface ShippingOption {
  id: string;
  code: ShippingCode;
  name: string;
  description: string | null;
  amount: number;
  regular_amount: number;
  free_above: number | null;
}

export interface ShippingGroup {
  producer_id: string;
  producer_name: string;
  item_total: number;
  selected_option_id: string | null;
  options: ShippingOption[];
}

export interface PaymentMethod {
  provider_id: string;
  code: PaymentCode;
  name: string;
  description: string | null;
}

export type CompleteResult =
  | { type: "order"; order: { id: string; code: string; display_id: number }; access_token: string }
  | { type: "cart"; cart: unknown; error?: { message?: string } };

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

export interface Shipment {
  id: string;
  producer: { id: string; name: string; slug: string };
  status: ShipmentStatus;
  items: { title: string; variant_title: string; thumbnail: string | null; quantity: number; unit_price: number; total: number }[];
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
  status: "pending" | "canceled" | "completed";
  shipping_address: VnAddress;
  payment: { code: PaymentCode; name: string; status: PaymentStatus; bank_transfer: BankTransfer | null };
  item_total: number;
  discount_total: number;
  shipping_total: number;
  total: number;
  shipments: Shipment[];
  can_cancel: boolean;
  belongs_to_customer: boolean;
}
