/**
 * Catalogue filters ⇄ URL search parameters. The URL is the state: the
 * filter forms are plain GET forms, so pages work without JavaScript, and
 * every filtered page can be shared or bookmarked.
 *
 *   /san-pham?stars=5&stars=4&province=ca-mau&group=tra-che&type=household&trang=2
 *
 * Anything invalid is dropped here, so the backend never sees a bad value.
 */
import { isOcopStars, isProducerType, OCOP_STAR_LEVELS, PRODUCER_TYPES, type OcopStars, type ProducerType } from "./ocop";

/** `?trang=2`: page number (Vietnamese "page"). */
export const PAGE_PARAM = "trang";
export const STARS_PARAM = "stars";
export const PROVINCE_PARAM = "province";
export const GROUP_PARAM = "group";
export const PRODUCER_TYPE_PARAM = "type";

export const MAX_PAGE = 10_000;

export interface ProductFilters {
  /** Star levels, highest first. */
  stars: OcopStars[];
  /** Province slug (current or old), code or name. */
  province: string | null;
  /** Group or sub-group handle. */
  group: string | null;
  producerTypes: ProducerType[];
}

export interface ProducerFilters {
  province: string | null;
  producerTypes: ProducerType[];
}

export const EMPTY_PRODUCT_FILTERS: ProductFilters = { stars: [], province: null, group: null, producerTypes: [] };

/** "4,5" and repeated parameters both count. */
function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

function textValue(params: URLSearchParams, name: string, pattern?: RegExp): string | null {
  const value = params.get(name)?.trim().normalize("NFC");
  if (!value || value.length > 100) return null;
  if (pattern && !pattern.test(value)) return null;
  return value;
}

const HANDLE = /^[a-z0-9][a-z0-9-]*$/;

function parseStars(params: URLSearchParams): OcopStars[] {
  const wanted = new Set(listValues(params, STARS_PARAM).map(Number).filter(isOcopStars));
  return OCOP_STAR_LEVELS.filter((level) => wanted.has(level));
}

function parseProducerTypes(params: URLSearchParams): ProducerType[] {
  const wanted = new Set(listValues(params, PRODUCER_TYPE_PARAM).filter(isProducerType));
  return PRODUCER_TYPES.filter((type) => wanted.has(type));
}

export function parseProductFilters(params: URLSearchParams): ProductFilters {
  return {
    stars: parseStars(params),
    province: textValue(params, PROVINCE_PARAM),
    group: textValue(params, GROUP_PARAM, HANDLE),
    producerTypes: parseProducerTypes(params),
  };
}

export function parseProducerFilters(params: URLSearchParams): ProducerFilters {
  return { province: textValue(params, PROVINCE_PARAM), producerTypes: parseProducerTypes(params) };
}

/** `?trang=` as a page number from 1, anything odd → 1. */
export function parsePage(params: URLSearchParams): number {
  const raw = params.get(PAGE_PARAM);
  if (!raw || !/^\d{1,6}$/.test(raw.trim())) return 1;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

function appendPage(params: URLSearchParams, page: number | undefined) {
  if (page !== undefined && page > 1) params.set(PAGE_PARAM, String(page));
}

/** The canonical search parameters for these filters (what the form submits). */
export function productFiltersToSearchParams(filters: Partial<ProductFilters>, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const stars of filters.stars ?? []) params.append(STARS_PARAM, String(stars));
  if (filters.province) params.set(PROVINCE_PARAM, filters.province);
  if (filters.group) params.set(GROUP_PARAM, filters.group);
  for (const type of filters.producerTypes ?? []) params.append(PRODUCER_TYPE_PARAM, type);
  appendPage(params, page);
  return params;
}

export function producerFiltersToSearchParams(filters: Partial<ProducerFilters>, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.province) params.set(PROVINCE_PARAM, filters.province);
  for (const type of filters.producerTypes ?? []) params.append(PRODUCER_TYPE_PARAM, type);
  appendPage(params, page);
  return params;
}

/** `pathname` with the query, or the bare pathname when there is none. */
export function withSearch(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The query for GET /store/ocop/products (lists joined by commas). */
export function productFiltersToBackendQuery(filters: ProductFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.stars.length) query.stars = filters.stars.join(",");
  if (filters.province) query.province = filters.province;
  if (filters.group) query.group = filters.group;
  if (filters.producerTypes.length) query.producer_type = filters.producerTypes.join(",");
  return query;
}

export function hasProductFilters(filters: ProductFilters): boolean {
  return Boolean(filters.stars.length || filters.province || filters.group || filters.producerTypes.length);
}

/** Number of pages for `count` items, at least 1. */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, count) / pageSize));
}
