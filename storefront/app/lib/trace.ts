/**
 * The stamp page (/trace/:code): the backend's trace answer, and how its
 * verdict is told to a shopper. Pure: shared by the loader and the page.
 */
import type { ApiProducer, OcopCertificate, OcopStatus, Origin, ProductGroupRef } from "./ocop";

export const TRACE_VERDICTS = [
  "genuine",
  "suspicious",
  "certificate_revoked",
  "certificate_expired",
  "not_certified",
  "unknown",
] as const;
export type TraceVerdict = (typeof TRACE_VERDICTS)[number];

export const TRACE_EVENT_TYPES = ["harvest", "processing", "packing", "inspection", "shipping"] as const;
export type TraceEventType = (typeof TRACE_EVENT_TYPES)[number];

export interface TraceEvent {
  type: string;
  occurred_at: string;
  location: string | null;
  note: string | null;
}

export interface TraceLot {
  lot_code: string;
  produced_at: string;
  expires_at: string | null;
  quantity: number | null;
  events: TraceEvent[];
}

export interface TraceProduct {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  groups: ProductGroupRef[];
  origin: Origin;
  ocop: { is_ocop: boolean; stars: number | null; status: OcopStatus; certificate: OcopCertificate | null };
}

/** GET /store/trace/:code → 200. */
export interface ApiTraceFound {
  verdict: Exclude<TraceVerdict, "unknown">;
  code: string;
  scans: { count: number; first_scanned_at: string | null };
  product: TraceProduct | null;
  producer: ApiProducer | null;
  lot: TraceLot;
}

/** What the page renders: a found stamp, or an unknown code (HTTP 404). */
export type TraceResult = ApiTraceFound | { verdict: "unknown"; code: string };

export type VerdictTone = "good" | "danger" | "warning";

export function isTraceVerdict(value: unknown): value is TraceVerdict {
  return typeof value === "string" && (TRACE_VERDICTS as readonly string[]).includes(value);
}

export function isTraceEventType(value: unknown): value is TraceEventType {
  return typeof value === "string" && (TRACE_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * How loud the verdict is: green only for a genuine stamp of a certified
 * product; red for a copied or non-existent stamp; amber when the stamp is
 * real but the product is not (or no longer) OCOP.
 */
export function verdictTone(verdict: TraceVerdict): VerdictTone {
  switch (verdict) {
    case "genuine":
      return "good";
    case "suspicious":
    case "unknown":
      return "danger";
    case "certificate_expired":
    case "certificate_revoked":
    case "not_certified":
      return "warning";
  }
}

/**
 * A verdict the storefront does not know (a newer backend) is shown as the
 * cautious "not certified" rather than as genuine.
 */
export function normalizeVerdict(value: unknown): Exclude<TraceVerdict, "unknown"> {
  return isTraceVerdict(value) && value !== "unknown" ? value : "not_certified";
}

/**
 * What people type from a printed stamp: any case, spaces or dashes (the
 * backend does the same). Null for something that cannot be a stamp code, so
 * the page does not bother the backend with it.
 */
export function normalizeStampCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return /^[0-9A-Z]{4,64}$/.test(code) ? code : null;
}
