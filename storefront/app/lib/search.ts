/**
 * Product search: its state ⇄ URL search parameters, and the pure helpers
 * built on the backend's search API (GET /store/ocop/search and
 * /store/ocop/search/suggest). The URL is the state, as for the catalogue:
 *
 *   /tim-kiem?q=trà&stars=5&stars=4&province=ca-mau&group=tra-che&type=household&price=100000-300000&sort=price_asc&trang=2
 *
 * Defaults (no filter, relevance order, page 1) are left out of URLs, and
 * anything invalid is dropped here, so the backend never sees a bad value.
 * Shared by server loaders and components: no SDK import here.
 */
import type { TFunction } from "i18next";
import type { ProductSummary } from "./catalog";
import { fairPriceView, type FairPriceView } from "./fair-price";
import {
  GROUP_PARAM,
  MAX_PAGE,
  PAGE_PARAM,
  PRODUCER_TYPE_PARAM,
  PROVINCE_PARAM,
  STARS_PARAM,
  parsePage,
  parseProductFilters,
  withSearch,
} from "./filters";
import { formatVnd } from "./money";
import { isOcopStars, isProducerType, type OcopStars, type ProducerType } from "./ocop";
import { groupPath, productPath, provincePath, SEARCH_PATH } from "./paths";

export const QUERY_PARAM = "q";
export const SORT_PARAM = "sort";
/** `?price=100000-300000`, `price=-100000` (under), `price=1000000-` (from). */
export const PRICE_PARAM = "price";

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest", "stars"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const DEFAULT_SORT: SearchSort = "relevance";

/** Results per page (the backend's default `limit`). */
export const SEARCH_PAGE_SIZE = 24;
/** Longest query kept from a URL, in characters. */
export const MAX_QUERY_LENGTH = 100;
/** Instant suggestions start from this many characters. */
export const MIN_SUGGEST_LENGTH = 2;
/** Instant suggestions wait this long after the last keystroke (ms). */
export const SUGGEST_DEBOUNCE_MS = 200;

export interface SearchState {
  /** What the shopper typed, trimmed and single-spaced ("" for none). */
  q: string;
  /** Star levels, highest first. */
  stars: OcopStars[];
  /** Province code, slug or name; old (pre-2025) names too. */
  province: string | null;
  /** Group or sub-group (category) handle. */
  group: string | null;
  producerTypes: ProducerType[];
  /** Whole đồng; null = no bound. */
  priceMin: number | null;
  priceMax: number | null;
  sort: SearchSort;
  /** From 1. */
  page: number;
}

export const EMPTY_SEARCH_STATE: SearchState = {
  q: "",
  stars: [],
  province: null,
  group: null,
  producerTypes: [],
  priceMin: null,
  priceMax: null,
  sort: DEFAULT_SORT,
  page: 1,
};

export function isSearchSort(value: unknown): value is SearchSort {
  return typeof value === "string" && (SEARCH_SORTS as readonly string[]).includes(value);
}

/** "  trà   hoa vàng " → "trà hoa vàng" (NFC, so typed and pasted text compare equal). */
export function normalizeQuery(raw: string | null | undefined): string {
  if (!raw) return "";
  return Array.from(raw.normalize("NFC").replace(/\s+/g, " ").trim()).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

const MAX_PRICE = 1_000_000_000_000;

function priceBound(text: string): number | null {
  if (text === "") return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_PRICE ? value : null;
}

/** "100000-300000" → {min: 100000, max: 300000}; "-100000" and "1000000-" are open ranges. */
export function parsePriceRange(raw: string | null | undefined): { min: number | null; max: number | null } {
  const none = { min: null, max: null };
  const match = /^(\d{0,13})-(\d{0,13})$/.exec(raw?.trim() ?? "");
  if (!match) return none;
  const min = priceBound(match[1]);
  const max = priceBound(match[2]);
  if ((match[1] && min === null) || (match[2] && max === null)) return none;
  if (max !== null && (max === 0 || (min !== null && min >= max))) return none;
  // "0-" is no range at all.
  return { min: min || null, max };
}

/** The `price` parameter for a range, or null for none: {0, 100000} → "-100000". */
export function formatPriceRange(min: number | null | undefined, max: number | null | undefined): string | null {
  const lo = min ? min : null;
  const hi = max ?? null;
  if (lo === null && hi === null) return null;
  return `${lo ?? ""}-${hi ?? ""}`;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = parseProductFilters(params);
  const price = parsePriceRange(params.get(PRICE_PARAM));
  const sort = params.get(SORT_PARAM)?.trim();
  return {
    q: normalizeQuery(params.get(QUERY_PARAM)),
    stars: filters.stars,
    province: filters.province,
    group: filters.group,
    producerTypes: filters.producerTypes,
    priceMin: price.min,
    priceMax: price.max,
    sort: isSearchSort(sort) ? sort : DEFAULT_SORT,
    page: parsePage(params),
  };
}

/** The canonical URL parameters: defaults are left out. */
export function searchStateToSearchParams(state: Partial<SearchState>): URLSearchParams {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set(QUERY_PARAM, q);
  for (const stars of state.stars ?? []) params.append(STARS_PARAM, String(stars));
  if (state.province) params.set(PROVINCE_PARAM, state.province);
  if (state.group) params.set(GROUP_PARAM, state.group);
  for (const type of state.producerTypes ?? []) params.append(PRODUCER_TYPE_PARAM, type);
  const price = formatPriceRange(state.priceMin, state.priceMax);
  if (price) params.set(PRICE_PARAM, price);
  if (state.sort && state.sort !== DEFAULT_SORT) params.set(SORT_PARAM, state.sort);
  if (state.page && state.page > 1) params.set(PAGE_PARAM, String(Math.min(state.page, MAX_PAGE)));
  return params;
}

/** `/tim-kiem?…` for this state. */
export function searchHref(state: Partial<SearchState>): string {
  return withSearch(SEARCH_PATH, searchStateToSearchParams(state));
}

/** `/tim-kiem?q=…`: a new search for these words, nothing else. */
export function queryHref(q: string): string {
  return searchHref({ q });
}

export function hasSearchFilters(state: SearchState): boolean {
  return Boolean(
    state.stars.length ||
      state.province ||
      state.group ||
      state.producerTypes.length ||
      state.priceMin !== null ||
      state.priceMax !== null,
  );
}

/** Page 3 of 24 → offset 48. */
export function offsetForPage(page: number, limit = SEARCH_PAGE_SIZE): number {
  return (Math.max(1, Math.floor(page)) - 1) * limit;
}

/** Offset 48 of 24 → page 3 (an offset inside a page counts for that page). */
export function pageForOffset(offset: number, limit = SEARCH_PAGE_SIZE): number {
  if (!(limit > 0) || !(offset > 0)) return 1;
  return Math.floor(offset / limit) + 1;
}

/** The query for GET /store/ocop/search (lists joined by commas). */
export function searchStateToBackendQuery(
  state: SearchState,
  limit = SEARCH_PAGE_SIZE,
): Record<string, string | number> {
  const query: Record<string, string | number> = { limit, offset: offsetForPage(state.page, limit) };
  if (state.q) query.q = state.q;
  if (state.stars.length) query.stars = state.stars.join(",");
  if (state.province) query.province = state.province;
  if (state.group) query.group = state.group;
  if (state.producerTypes.length) query.producer_type = state.producerTypes.join(",");
  if (state.priceMin !== null) query.price_min = state.priceMin;
  if (state.priceMax !== null) query.price_max = state.priceMax;
  if (state.sort !== DEFAULT_SORT) query.sort = state.sort;
  return query;
}

/** The URL parameters a filter form submitted (files, which a form could hold, are ignored). */
export function formDataToSearchParams(form: FormData): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") params.append(name, value);
  }
  return params;
}

// ——— The backend's answers ———————————————————————————————————————————

export interface ApiSearchHit {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  price: { min: number; max: number; currency_code: string } | null;
  in_stock: boolean;
  producer: { slug: string; name: string; type: string } | null;
  province: { code: string; name: string; slug: string } | null;
  region: { slug: string; name: string } | null;
  stars: number | null;
  groups: { handle: string; name: string }[];
  /** While a live fair sells it cheaper (backend FAIRS.md). */
  fair?: { slug: string; name: string; fair_price: number | null; regular_price?: number | null; ends_at: string } | null;
}

export interface ApiSearchFacets {
  stars?: { value: number; count: number }[];
  province?: { code: string; name: string; slug: string; count: number }[];
  group?: { handle: string; name: string; count: number }[];
  producer_type?: { value: string; count: number }[];
  price?: { from: number; to: number | null; count: number }[];
}

export interface ApiSearchResponse {
  hits: ApiSearchHit[];
  count: number;
  limit: number;
  offset: number;
  q: string;
  facets?: ApiSearchFacets;
  did_you_mean?: string | null;
  suggestions?: { queries?: string[]; popular?: ApiSearchHit[] } | null;
}

export interface ApiSuggestResponse {
  products?: {
    handle: string;
    title: string;
    thumbnail: string | null;
    price: { min: number; max: number; currency_code: string } | null;
    stars: number | null;
  }[];
  provinces?: { slug: string; name: string }[];
  groups?: { handle: string; name: string }[];
}

export interface PriceBucket {
  /** Whole đồng; 0 for "under …". */
  from: number;
  /** Whole đồng; null for "from … up". */
  to: number | null;
}

export interface SearchFacets {
  stars: { value: OcopStars; count: number }[];
  province: { code: string; name: string; slug: string; count: number }[];
  group: { handle: string; name: string; count: number }[];
  producerType: { value: ProducerType; count: number }[];
  price: (PriceBucket & { count: number })[];
}

export interface SearchResult {
  products: ProductSummary[];
  count: number;
  limit: number;
  offset: number;
  facets: SearchFacets;
  didYouMean: string | null;
  /** Other searches to try (only when nothing was found). */
  suggestedQueries: string[];
  /** Popular products to show instead (only when nothing was found). */
  popular: ProductSummary[];
}

export interface Suggestions {
  products: {
    handle: string;
    title: string;
    thumbnail: string | null;
    price: { min: number; max: number } | null;
    stars: OcopStars | null;
  }[];
  provinces: { slug: string; name: string }[];
  groups: { handle: string; name: string }[];
}

export const EMPTY_SUGGESTIONS: Suggestions = { products: [], provinces: [], groups: [] };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function count(value: unknown): number {
  return isFiniteNumber(value) && value > 0 ? Math.floor(value) : 0;
}

function priceOf(price: { min?: unknown; max?: unknown } | null | undefined): { min: number; max: number } | null {
  if (!price || !isFiniteNumber(price.min) || !isFiniteNumber(price.max)) return null;
  return { min: price.min, max: price.max };
}

/** A search hit → the card's view model. Stars only when the backend gives a 3–5 level. */
export function hitToProductSummary(hit: ApiSearchHit): ProductSummary {
  const producerName = text(hit.producer?.name);
  const producerSlug = text(hit.producer?.slug);
  return {
    id: hit.id,
    handle: hit.handle,
    title: hit.title,
    subtitle: text(hit.subtitle),
    thumbnail: text(hit.thumbnail),
    price: priceOf(hit.price),
    stars: isOcopStars(hit.stars) ? hit.stars : null,
    provinceName: text(hit.province?.name),
    producer:
      producerName && producerSlug && isProducerType(hit.producer?.type)
        ? { slug: producerSlug, name: producerName, type: hit.producer.type }
        : null,
    ...fairOfHit(hit),
  };
}

/** `{ fair }` for a hit a live fair sells cheaper (its usual price struck through on the card), else nothing. */
function fairOfHit(hit: ApiSearchHit): { fair?: FairPriceView } {
  const slug = text(hit.fair?.slug);
  const name = text(hit.fair?.name);
  if (!hit.fair || !slug || !name) return {};
  // The backend's usual price of the same (cheapest) pack when it gives one, else the hit's lowest price.
  const regular = isFiniteNumber(hit.fair.regular_price) ? hit.fair.regular_price : priceOf(hit.price)?.min;
  const view = fairPriceView(regular, hit.fair.fair_price, undefined, { slug, name });
  return view ? { fair: view } : {};
}

const STAR_ORDER: Record<OcopStars, number> = { 5: 0, 4: 1, 3: 2 };

/** The backend's facets, with unknown values dropped and in the order the sidebar shows them. */
export function toSearchFacets(facets: ApiSearchFacets | null | undefined): SearchFacets {
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    stars: (facets?.stars ?? [])
      .filter((f): f is { value: OcopStars; count: number } => isOcopStars(f?.value))
      .map((f) => ({ value: f.value, count: count(f.count) }))
      .sort((a, b) => STAR_ORDER[a.value] - STAR_ORDER[b.value]),
    province: (facets?.province ?? [])
      .filter((f) => text(f?.slug) && text(f?.name))
      .map((f) => ({ code: String(f.code ?? ""), name: f.name.trim(), slug: f.slug.trim(), count: count(f.count) }))
      .sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name, "vi")),
    group: (facets?.group ?? [])
      .filter((f) => text(f?.handle) && text(f?.name))
      .map((f) => ({ handle: f.handle.trim(), name: f.name.trim(), count: count(f.count) }))
      .sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name, "vi")),
    producerType: (facets?.producer_type ?? [])
      .filter((f): f is { value: ProducerType; count: number } => isProducerType(f?.value))
      .map((f) => ({ value: f.value, count: count(f.count) })),
    price: (facets?.price ?? [])
      .filter((f) => isFiniteNumber(f?.from) && f.from >= 0 && (f.to === null || (isFiniteNumber(f.to) && f.to > f.from)))
      .map((f) => ({ from: f.from, to: f.to, count: count(f.count) }))
      .sort((a, b) => a.from - b.from),
  };
}

export function toSearchResult(response: ApiSearchResponse, limit = SEARCH_PAGE_SIZE): SearchResult {
  const queries = (response.suggestions?.queries ?? [])
    .map((q) => normalizeQuery(typeof q === "string" ? q : ""))
    .filter((q, i, all) => q && all.indexOf(q) === i);
  return {
    products: (response.hits ?? []).map(hitToProductSummary),
    count: count(response.count),
    limit: count(response.limit) || limit,
    offset: count(response.offset),
    facets: toSearchFacets(response.facets),
    didYouMean: normalizeQuery(text(response.did_you_mean)) || null,
    suggestedQueries: queries,
    popular: (response.suggestions?.popular ?? []).map(hitToProductSummary),
  };
}

/** The first of each key only (a list rendered with keys must not repeat one). */
function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function toSuggestions(response: ApiSuggestResponse | null | undefined): Suggestions {
  return {
    products: uniqueBy((response?.products ?? []).filter((p) => text(p?.handle) && text(p?.title)), (p) => p.handle)
      .map((p) => ({
        handle: p.handle,
        title: p.title,
        thumbnail: text(p.thumbnail),
        price: priceOf(p.price),
        stars: isOcopStars(p.stars) ? p.stars : null,
      })),
    provinces: uniqueBy((response?.provinces ?? []).filter((p) => text(p?.slug) && text(p?.name)), (p) => p.slug).map((p) => ({
      slug: p.slug,
      name: p.name,
    })),
    groups: uniqueBy((response?.groups ?? []).filter((g) => text(g?.handle) && text(g?.name)), (g) => g.handle).map((g) => ({
      handle: g.handle,
      name: g.name,
    })),
  };
}

// ——— Labels ——————————————————————————————————————————————————————————

/** "Dưới 100.000 ₫", "100.000 ₫ – 300.000 ₫", "Từ 1.000.000 ₫". */
export function priceBucketLabel(bucket: { from: number | null; to: number | null }, t: TFunction): string {
  const from = bucket.from ?? 0;
  if (bucket.to === null) return t("search.price.from", { price: formatVnd(from) });
  if (from <= 0) return t("search.price.under", { price: formatVnd(bucket.to) });
  return t("search.price.between", { from: formatVnd(from), to: formatVnd(bucket.to) });
}

export type ChipKind = "stars" | "province" | "group" | "type" | "price";

export interface FilterChip {
  kind: ChipKind;
  /** What the chip says: "5 sao", "Cà Mau", "Hợp tác xã", "Dưới 100.000 ₫". */
  label: string;
  /** The same search without this filter (back to page 1). */
  href: string;
}

/**
 * One removable chip per selected filter, in the sidebar's order. Names come
 * from `names` (the facets, the province list); a value without a name is
 * shown as given.
 */
export function filterChips(
  state: SearchState,
  t: TFunction,
  names: { province?: (value: string) => string | null; group?: (handle: string) => string | null } = {},
): FilterChip[] {
  const base: SearchState = { ...state, page: 1 };
  const chips: FilterChip[] = [];
  for (const stars of state.stars) {
    chips.push({
      kind: "stars",
      label: t("ocop.starsOption", { stars }),
      href: searchHref({ ...base, stars: state.stars.filter((s) => s !== stars) }),
    });
  }
  if (state.province) {
    chips.push({
      kind: "province",
      label: names.province?.(state.province) ?? state.province,
      href: searchHref({ ...base, province: null }),
    });
  }
  if (state.group) {
    chips.push({
      kind: "group",
      label: names.group?.(state.group) ?? state.group,
      href: searchHref({ ...base, group: null }),
    });
  }
  for (const type of state.producerTypes) {
    chips.push({
      kind: "type",
      label: t(`producerType.${type}`),
      href: searchHref({ ...base, producerTypes: state.producerTypes.filter((p) => p !== type) }),
    });
  }
  if (state.priceMin !== null || state.priceMax !== null) {
    chips.push({
      kind: "price",
      label: priceBucketLabel({ from: state.priceMin, to: state.priceMax }, t),
      href: searchHref({ ...base, priceMin: null, priceMax: null }),
    });
  }
  return chips;
}

/** The same search with no filters (the words and the order stay). */
export function clearFiltersHref(state: SearchState): string {
  return searchHref({ q: state.q, sort: state.sort });
}

// ——— Instant suggestions —————————————————————————————————————————————

/** The query to ask suggestions for, or null when it is too short to be worth asking. */
export function suggestQuery(raw: string): string | null {
  const q = normalizeQuery(raw);
  return Array.from(q).length >= MIN_SUGGEST_LENGTH ? q : null;
}

export type SuggestionKind = "product" | "province" | "group";

export interface SuggestionOption {
  kind: SuggestionKind;
  /** Unique within one answer. */
  key: string;
  label: string;
  href: string;
}

/** The listbox's options in display order: products, then provinces, then groups. */
export function suggestionOptions(suggestions: Suggestions): SuggestionOption[] {
  return [
    ...suggestions.products.map((p) => ({ kind: "product" as const, key: `p:${p.handle}`, label: p.title, href: productPath(p.handle) })),
    ...suggestions.provinces.map((p) => ({ kind: "province" as const, key: `v:${p.slug}`, label: p.name, href: provincePath(p.slug) })),
    ...suggestions.groups.map((g) => ({ kind: "group" as const, key: `g:${g.handle}`, label: g.name, href: groupPath(g.handle) })),
  ];
}
