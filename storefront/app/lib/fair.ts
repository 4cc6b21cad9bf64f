/**
 * The online trade fairs' store API shapes (backend/src/api/store/fairs/FAIRS.md)
 * and the pure functions that turn them into what the pages show. No SDK here.
 */
import { toProductSummary, type ProductSummary } from "./catalog";
import { fairPriceView } from "./fair-price";
import type { ApiOcopProduct } from "./ocop";

export const FAIR_KINDS = ["hoi_cho", "tuan_le", "cho_phien"] as const;
export type FairKind = (typeof FAIR_KINDS)[number];
export type FairPhase = "upcoming" | "live" | "ended";
export type FairStatus = "draft" | "published" | "cancelled";
/** What the badge says: the phase, or "cancelled" whatever the clock says. */
export type FairBadge = FairPhase | "cancelled";

export interface ApiFairSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  status: FairStatus;
  phase: FairPhase;
  starts_at: string;
  ends_at: string;
  now: string;
  organiser: { province_code: string; name: string } | null;
  description: string | null;
  banner_url: string | null;
  booth_count: number;
  product_count: number;
}

export interface ApiFairSession {
  id: string;
  title: string;
  kind: string;
  starts_at: string;
  ends_at: string | null;
  link_url: string | null;
  host: string | null;
}

export interface ApiBoothProducer {
  id: string;
  name: string;
  slug: string;
  province_name: string | null;
}

export interface ApiFairBooth {
  id: string;
  number: number;
  producer: ApiBoothProducer;
  product_count: number;
}

export type ApiFairProduct = ApiOcopProduct & {
  booth_number: number;
  featured: boolean;
  regular_price: number | null;
  fair_price: number | null;
  discount_percent: number | null;
};

export interface ApiFairFacets {
  groups: { handle: string; name: string; count: number }[];
  stars: { value: number; count: number }[];
}

export interface ApiFairsResponse {
  live: ApiFairSummary[];
  upcoming: ApiFairSummary[];
  past: ApiFairSummary[];
}

export interface ApiFairResponse {
  fair: ApiFairSummary & { sessions: ApiFairSession[] };
  booths: ApiFairBooth[];
  products: ApiFairProduct[];
  facets: ApiFairFacets;
}

export interface ApiBoothResponse {
  fair: ApiFairSummary;
  booth: { id: string; number: number; producer: ApiBoothProducer; note: string | null };
  products: ApiFairProduct[];
}

export const SESSION_KINDS = ["livestream", "talk", "tasting"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** The i18n key of a schedule item's kind; an unknown kind reads as a livestream. */
export function sessionKindKey(kind: string): `fair.sessionKind.${SessionKind}` {
  return `fair.sessionKind.${(SESSION_KINDS as readonly string[]).includes(kind) ? (kind as SessionKind) : "livestream"}`;
}

export type FairProduct = ProductSummary & { boothNumber: number; featured: boolean };

export function isFairKind(value: unknown): value is FairKind {
  return typeof value === "string" && (FAIR_KINDS as readonly string[]).includes(value);
}

/** The i18n key of a fair's kind ("Hội chợ", "Tuần lễ", "Chợ phiên"); an unknown kind reads as a fair. */
export function fairKindKey(kind: string): `fair.kind.${FairKind}` {
  return `fair.kind.${isFairKind(kind) ? kind : "hoi_cho"}`;
}

/** What the badge says: a cancelled fair is "Đã hủy" whatever its dates. */
export function fairBadge(fair: Pick<ApiFairSummary, "status" | "phase">): FairBadge {
  return fair.status === "cancelled" ? "cancelled" : fair.phase;
}

export function fairBadgeKey(fair: Pick<ApiFairSummary, "status" | "phase">): `fair.phase.${FairBadge}` {
  return `fair.phase.${fairBadge(fair)}`;
}

/** The instant the countdown runs to: the opening while upcoming, the close while live; none after. */
export function countdownTarget(fair: Pick<ApiFairSummary, "status" | "phase" | "starts_at" | "ends_at">): string | null {
  if (fair.status === "cancelled") return null;
  if (fair.phase === "upcoming") return fair.starts_at;
  if (fair.phase === "live") return fair.ends_at;
  return null;
}

/** A fair product → a product card with its fair price (only while the fair is live). */
export function toFairProduct(product: ApiFairProduct, phase: FairPhase): FairProduct {
  const summary = toProductSummary(product);
  const regular = typeof product.regular_price === "number" ? product.regular_price : summary.price?.min;
  const fair = phase === "live" ? fairPriceView(regular, product.fair_price, product.discount_percent) : null;
  return {
    ...summary,
    ...(fair ? { fair } : {}),
    boothNumber: product.booth_number,
    featured: product.featured === true,
  };
}

/** Featured products first, otherwise in the backend's order. */
export function featuredFirst<T extends { featured: boolean }>(products: ReadonlyArray<T>): T[] {
  return [...products].map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => Number(b.featured) - Number(a.featured) || i - j).map(([p]) => p);
}

/** Booths in number order. */
export function boothsInOrder(booths: ReadonlyArray<ApiFairBooth>): ApiFairBooth[] {
  return [...booths].sort((a, b) => a.number - b.number);
}
