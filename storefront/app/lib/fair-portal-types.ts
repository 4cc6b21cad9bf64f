/** The shapes of the backend's fair routes for the portals (backend/src/api/store/fairs/FAIRS.md). */
import type { BoothStatus, FairKind, FairPhase, FairStatus, SessionKind } from "./fair-portal";

export interface FairSummary {
  id: string;
  slug: string;
  name: string;
  kind: FairKind;
  status: FairStatus;
  phase: FairPhase;
  starts_at: string;
  ends_at: string;
  now?: string;
  organiser: { province_code: string; name: string } | null;
  description: string | null;
  banner_url: string | null;
  booth_count: number;
  product_count: number;
}

export interface FairSession {
  id?: string;
  title: string;
  kind: SessionKind;
  starts_at: string;
  ends_at?: string | null;
  link_url?: string | null;
  host?: string | null;
}

export interface BoothProduct {
  id: string;
  product_id: string;
  title: string;
  handle: string;
  featured: boolean;
  fair_price: number | null;
  discount_percent: number | null;
  regular_price: number | null;
}

export interface Booth {
  id: string;
  status: BoothStatus;
  number: number | null;
  note: string | null;
  rejection_reason: string | null;
  products: BoothProduct[];
}

export interface OfficerBooth extends Booth {
  producer: { id: string; name: string; slug?: string; province_name?: string } | null;
}

export interface OfficerFair extends FairSummary {
  sessions: FairSession[];
}

export interface ProducerFair extends FairSummary {
  booth: Booth | null;
}

export interface ResultDay {
  day: string;
  views: number;
  unique_visitors: number;
  orders: number;
  revenue: number;
}

export interface FairResults {
  totals: { views: number; unique_visitors: number; orders: number; revenue: number };
  days: ResultDay[];
  top_booths: Array<{ booth_id: string; number: number | null; producer_name: string; orders: number; revenue: number }>;
  top_products: Array<{ product_id: string; title: string; quantity: number; revenue: number }>;
}
