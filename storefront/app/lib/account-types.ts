/** The shapes of the backend's shopping API the account pages read (backend/src/api/store/ocop/SHOPPING.md). */

export interface Customer {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
}

// The address, order and shipment shapes are the shopping API's, shared with the cart and checkout.
export type {
  BankTransfer,
  OrderItem,
  OrderStatus,
  OrderView,
  PaymentStatus,
  SavedAddress,
  Shipment,
  ShipmentStatus,
  VnAddress,
} from "./shop-types";

export interface Province {
  code: string;
  name: string;
}

export interface Commune {
  code: string;
  name: string;
}
