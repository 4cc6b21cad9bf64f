/**
 * The OCOP store API's shapes (see the backend's /store/ocop, /store/producers,
 * /store/provinces and /store/trace routes) and the pure helpers built on
 * them. Shared by server loaders and components: no SDK import here.
 */
import type { Locale } from "../i18n/locales";

export const PRODUCER_TYPES = ["enterprise", "cooperative", "cooperative_group", "household"] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const ISSUER_LEVELS = ["district", "province", "ministry"] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

export const OCOP_STAR_LEVELS = [5, 4, 3] as const;
export type OcopStars = (typeof OCOP_STAR_LEVELS)[number];

export type OcopStatus = "valid" | "expiring" | "expired" | "revoked" | "not_yet_valid" | "none";

export interface ProvinceRef {
  code: string;
  name: string;
  full_name: string;
  slug: string;
  kind: "province" | "city";
  /** Old (pre-2025) provinces merged into this one, its own old self excluded. */
  former_names: string[];
}

export interface CommuneRef {
  code: string;
  name: string;
  kind: "xa" | "phuong" | "dac_khu";
}

export interface OriginRegionRef {
  slug: string;
  name: string;
  kind: "geographical_indication" | "region";
}

export interface Origin {
  province: ProvinceRef | null;
  commune: CommuneRef | null;
  region: OriginRegionRef | null;
}

export interface OcopCertificate {
  id: string;
  stars: number;
  score: number | null;
  decision_number: string;
  decision_date: string;
  valid_from: string;
  expires_at: string;
  issuing_body: string;
  issuer_level: IssuerLevel;
  evaluation_round: string | null;
  /** Exactly as written on the decision (old place names). */
  producer_address: string;
  status: "valid" | "expiring";
}

/** An older, lapsed or revoked certificate: never with stars. */
export interface OcopHistoryEntry {
  id: string;
  decision_number: string;
  decision_date: string;
  valid_from: string;
  expires_at: string;
  issuing_body: string;
  issuer_level: IssuerLevel;
  evaluation_round: string | null;
  producer_address: string;
  status: Exclude<OcopStatus, "none">;
  revocation_reason: string | null;
}

export interface OcopInfo {
  is_ocop: boolean;
  stars: number | null;
  status: OcopStatus;
  certificate: OcopCertificate | null;
  history?: OcopHistoryEntry[];
}

export interface ApiVariant {
  id: string;
  title: string;
  sku: string | null;
  price: number | null;
  original_price: number | null;
  inventory_quantity: number | null;
  in_stock: boolean;
}

export interface ProductGroupRef {
  handle: string;
  name: string;
  parent: { handle: string; name: string } | null;
}

export interface ApiProducerRef {
  id: string;
  slug: string;
  name: string;
  type: ProducerType;
  status: string;
}

export interface ApiOcopProduct {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  created_at?: string;
  description?: string | null;
  images?: string[];
  variants: ApiVariant[];
  price: { min: number; max: number; currency_code: string } | null;
  in_stock: boolean;
  groups: ProductGroupRef[];
  producer: ApiProducerRef | null;
  origin: Origin;
  ocop: OcopInfo;
}

export interface ApiProducer {
  id: string;
  slug: string;
  name: string;
  type: ProducerType;
  story: string | null;
  contact_name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  logo_url: string | null;
  approved_at: string | null;
  province: ProvinceRef | null;
  commune: CommuneRef | null;
  product_count: number;
}

export interface ApiProvince extends ProvinceRef {
  product_count: number;
  producer_count: number;
}

export interface ApiCategory {
  id: string;
  handle: string;
  name: string;
  parent_category_id: string | null;
  metadata?: Record<string, unknown> | null;
}

/** A product group (category) as the storefront shows it. */
export interface GroupNode {
  handle: string;
  name: string;
  nameEn: string | null;
  parentHandle: string | null;
}

export function isProducerType(value: unknown): value is ProducerType {
  return typeof value === "string" && (PRODUCER_TYPES as readonly string[]).includes(value);
}

export function isIssuerLevel(value: unknown): value is IssuerLevel {
  return typeof value === "string" && (ISSUER_LEVELS as readonly string[]).includes(value);
}

export function isOcopStars(value: unknown): value is OcopStars {
  return typeof value === "number" && (OCOP_STAR_LEVELS as readonly number[]).includes(value);
}

/**
 * The star level a product may show: only a 3–5 star level while a
 * certificate is in force. Expired, revoked or uncertified → null: no badge,
 * no OCOP mark.
 */
export function shownStars(ocop: Pick<OcopInfo, "is_ocop" | "stars"> | null | undefined): OcopStars | null {
  if (!ocop || ocop.is_ocop !== true) return null;
  return isOcopStars(ocop.stars) ? ocop.stars : null;
}

/** 4 → "★★★★☆" (always five glyphs). */
export function starGlyphs(stars: number): string {
  const filled = Math.max(0, Math.min(5, Math.round(stars)));
  return "★".repeat(filled) + "☆".repeat(5 - filled);
}

/**
 * Lower-case, diacritic-free, single-spaced text, the way the backend compares
 * place names: "Bạc Liêu", "bac-lieu" and "BAC LIEU" all fold to "bac lieu".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "Bạc Liêu" → "bac-lieu"; "Bà Rịa–Vũng Tàu" → "ba-ria-vung-tau". */
export function slugifyVietnamese(text: string): string {
  return foldVietnamese(text).replace(/ /g, "-");
}

/**
 * The old province a product most likely comes from, when one of the
 * province's former names is written in the given texts (the address on the
 * certificate, the subtitle…): "Muối Bạc Liêu" in Cà Mau → "Bạc Liêu". Null
 * when none is mentioned, so the tag does not guess.
 */
export function formerProvinceMentioned(
  province: Pick<ProvinceRef, "former_names"> | null | undefined,
  texts: ReadonlyArray<string | null | undefined>,
): string | null {
  if (!province?.former_names?.length) return null;
  const haystacks = texts.filter((t): t is string => typeof t === "string" && t.trim() !== "").map((t) => ` ${foldVietnamese(t)} `);
  for (const name of province.former_names) {
    const needle = ` ${foldVietnamese(name)} `;
    if (needle.trim() && haystacks.some((h) => h.includes(needle))) return name;
  }
  return null;
}

export interface ResolvedProvince<P extends ProvinceRef = ProvinceRef> {
  province: P;
  /** Set when the slug named an old province now merged into `province`. */
  formerName: string | null;
  /** The slug this page should live at ("ca-mau", or "bac-lieu" for the old name). */
  canonicalSlug: string;
}

/**
 * Finds the province a URL slug names: a current province by slug, code or
 * name, or an old province (by its name's slug) now merged into one.
 */
export function resolveProvinceSlug<P extends ProvinceRef>(
  provinces: ReadonlyArray<P>,
  slug: string,
): ResolvedProvince<P> | null {
  const wanted = foldVietnamese(slug);
  if (!wanted) return null;
  const current = provinces.find(
    (p) => p.code === slug.trim() || foldVietnamese(p.slug) === wanted || foldVietnamese(p.name) === wanted,
  );
  if (current) return { province: current, formerName: null, canonicalSlug: current.slug };
  for (const province of provinces) {
    const formerName = province.former_names.find((name) => foldVietnamese(name) === wanted);
    if (formerName) return { province, formerName, canonicalSlug: slugifyVietnamese(formerName) };
  }
  return null;
}

/** The name to show in this language: the English name when there is one. */
export function localizedName(node: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === "en" && node.nameEn ? node.nameEn : node.name;
}

/** Categories from the store API → group nodes (ids resolved to parent handles). */
export function toGroupNodes(categories: ReadonlyArray<ApiCategory>): GroupNode[] {
  const handleById = new Map(categories.map((c) => [c.id, c.handle]));
  return categories.map((c) => {
    const nameEn = c.metadata?.name_en;
    return {
      handle: c.handle,
      name: c.name,
      nameEn: typeof nameEn === "string" && nameEn.trim() ? nameEn : null,
      parentHandle: c.parent_category_id ? handleById.get(c.parent_category_id) ?? null : null,
    };
  });
}

/** The six top-level OCOP groups, in the programme's order. */
export const TOP_GROUP_HANDLES = [
  "thuc-pham",
  "do-uong",
  "duoc-lieu",
  "thu-cong-my-nghe",
  "sinh-vat-canh",
  "du-lich",
] as const;

/** Top-level groups in the programme's order (unknown extra groups last). */
export function topGroups(nodes: ReadonlyArray<GroupNode>): GroupNode[] {
  const rank = (handle: string) => {
    const index = (TOP_GROUP_HANDLES as readonly string[]).indexOf(handle);
    return index === -1 ? TOP_GROUP_HANDLES.length : index;
  };
  return nodes.filter((n) => n.parentHandle === null).sort((a, b) => rank(a.handle) - rank(b.handle));
}

export function childGroups(nodes: ReadonlyArray<GroupNode>, parentHandle: string): GroupNode[] {
  return nodes.filter((n) => n.parentHandle === parentHandle);
}

/** Why a product lost its certificate: the newest revoked entry's reason, if any. */
export function revocationReasonOf(history: ReadonlyArray<OcopHistoryEntry> | null | undefined): string | null {
  const revoked = (history ?? []).find((entry) => entry.status === "revoked" && entry.revocation_reason?.trim());
  return revoked?.revocation_reason?.trim() ?? null;
}

/** The newest history entry with this status (history comes newest first). */
export function latestWithStatus(
  history: ReadonlyArray<OcopHistoryEntry> | null | undefined,
  status: OcopHistoryEntry["status"],
): OcopHistoryEntry | null {
  return (history ?? []).find((entry) => entry.status === status) ?? null;
}

const COMMUNE_KIND_WORDS: Record<CommuneRef["kind"], string> = { xa: "xa", phuong: "phuong", dac_khu: "dac khu" };

/**
 * True when a commune's name already starts with its kind ("Phường 1",
 * "Xã Vĩnh Hậu"), so the page does not write "Phường Phường 1".
 */
export function communeNameHasKind(commune: Pick<CommuneRef, "name" | "kind">): boolean {
  const word = COMMUNE_KIND_WORDS[commune.kind];
  return Boolean(word) && foldVietnamese(commune.name).startsWith(`${word} `);
}
