import type { Locale } from "./locales";
import en from "./en.json?url";
import vi from "./vi.json?url";

/**
 * Where the browser fetches each dictionary: hashed files, cached for good,
 * preloaded by the root layout so hydration does not wait on a second trip.
 */
export const DICTIONARY_URLS: Record<Locale, string> = { vi, en };
