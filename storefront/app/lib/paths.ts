/** URL builders for the Vietnamese route paths (see app/routes.ts). */

export const HOME_PATH = "/";
export const LANGUAGE_SWITCH_PATH = "/doi-ngon-ngu";
export const PRODUCTS_PATH = "/san-pham";
export const PRODUCERS_PATH = "/chu-the";
export const PROVINCES_PATH = "/tinh-thanh";
/** Search results: `/tim-kiem?q=…` (see lib/search.ts for the other parameters). */
export const SEARCH_PATH = "/tim-kiem";
/** Instant search suggestions as JSON: `/goi-y?q=…` (the browser never calls the backend). */
export const SUGGEST_PATH = "/goi-y";

export function productPath(handle: string): string {
  return `${PRODUCTS_PATH}/${encodeURIComponent(handle)}`;
}

export function producerPath(slug: string): string {
  return `${PRODUCERS_PATH}/${encodeURIComponent(slug)}`;
}

export function provincePath(slug: string): string {
  return `${PROVINCES_PATH}/${encodeURIComponent(slug)}`;
}

export function groupPath(handle: string): string {
  return `/nhom/${encodeURIComponent(handle)}`;
}

export function tracePath(code: string): string {
  return `/trace/${encodeURIComponent(code)}`;
}
