/** The shapes of the backend's portal API (backend/src/api/producer/README.md). */
import type { IssuerLevel, ProducerType } from "./ocop";
import type { ClaimStatus, ModerationState, OrderStatus, ProducerStatus } from "./portal";

export interface Paper {
  id: string;
  url: string;
  filename: string;
}

export interface PortalProducer {
  id: string;
  name: string;
  slug: string;
  type: ProducerType;
  status: ProducerStatus;
  rejection_reason: string | null;
  suspension_reason: string | null;
  trusted: boolean;
  province_code: string;
  commune_code: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  contact_name: string | null;
  story: string | null;
  created_at?: string;
  approved_at?: string | null;
  papers: Paper[] | null;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  role: "owner" | "staff";
  created_at?: string;
}

export interface ClaimRow {
  id: string;
  status: ClaimStatus;
  review_note: string | null;
  stars: number;
  decision_number: string;
  decision_date: string;
  issuing_body: string;
  issuer_level: IssuerLevel;
  created_at: string;
}

export interface PortalVariant {
  id: string;
  title: string;
  sku: string | null;
  price: number;
  stock: number;
}

export interface PortalCertificate {
  id: string;
  stars: number;
  decision_number: string;
  issuing_body: string;
  expires_at: string;
  status: string;
}

export interface ProductRow {
  id: string;
  title: string;
  description: string | null;
  handle: string;
  status: string;
  moderation: { state: ModerationState; note: string | null };
  thumbnail: string | null;
  images?: string[];
  category_id: string | null;
  created_at?: string;
  variants: PortalVariant[];
  certificate: PortalCertificate | null;
  claims: ClaimRow[];
  producer?: { id: string; name: string; slug: string } | null;
}

export interface Dashboard {
  new_orders: number;
  revenue_week: number;
  low_stock: Array<{ product_id: string; title: string; variant_title: string; stock: number }>;
  expiring_certificates: Array<{ product_id: string; title: string; decision_number: string; expires_at: string }>;
}

export interface ProducerOrderRow {
  id: string;
  display_id: number | string;
  purchase_id: string;
  status: OrderStatus;
  created_at: string;
  email: string | null;
  shipping_address: {
    first_name: string | null;
    last_name: string | null;
    phone: string | null;
    address_1: string | null;
    city: string | null;
    province: string | null;
  } | null;
  items: Array<{ title: string; variant_title: string | null; quantity: number; unit_price: number; total: number }>;
  item_total: number;
  shipping_total: number;
  total: number;
  carrier: string | null;
  tracking_number: string | null;
  cancel_reason: string | null;
}

export interface Commune {
  code: string;
  name: string;
  province_code: string;
}

export interface Officer {
  id: string;
  name?: string;
  email: string;
  province_code: string;
}

export interface ProvinceMe {
  officer: Officer;
  province: { code: string; name: string };
  settings: { auto_approve_producers: boolean };
}

export interface ProvinceProducer extends PortalProducer {
  members?: Member[];
  products?: ProductRow[];
}

export interface ProvinceClaim extends ClaimRow {
  product: { id: string; title: string; handle: string } | null;
  producer: { id: string; name: string; slug: string } | null;
}

export interface ExpiringCertificate {
  id: string;
  product: { id: string; title: string; handle: string };
  producer: { id: string; name: string } | null;
  stars: number;
  decision_number: string;
  expires_at: string;
  status: string;
}

export interface CategoryOption {
  id: string;
  label: string;
}
