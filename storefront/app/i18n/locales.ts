/**
 * Locale constants and the pure locale-picking rule, shared by server and
 * client code (no server-only imports here).
 */

export const SUPPORTED_LOCALES = ["vi", "en"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Vietnamese first: a product decision, whatever the browser asks for. */
export const DEFAULT_LOCALE: Locale = "vi";

/** Query-string parameter that switches the language, e.g. `/?lng=en`. */
export const LOCALE_SEARCH_PARAM = "lng";
/** Name of the cookie that remembers the language choice. */
export const LOCALE_COOKIE_NAME = "lng";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Normalises a raw value ("EN", " en-US ", "vi_VN") to a supported locale, or
 * null when it is not one we support.
 */
export function normalizeLocale(value: unknown): Locale | null {
  if (typeof value !== "string") return null;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

/**
 * The detection order: `?lng=` search parameter, then the `lng` cookie, then
 * Vietnamese. Accept-Language is deliberately ignored. Unsupported values are
 * skipped, so `?lng=fr` with an `en` cookie gives `en`, and with no cookie `vi`.
 */
export function pickLocale(candidates: {
  searchParam?: string | null;
  cookie?: unknown;
}): Locale {
  return (
    normalizeLocale(candidates.searchParam) ??
    normalizeLocale(candidates.cookie) ??
    DEFAULT_LOCALE
  );
}
