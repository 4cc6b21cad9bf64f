import type { TFunction } from "i18next";
import { useTranslation } from "./translation";
import { getFixedT } from "../i18n";
import { DEFAULT_LOCALE, normalizeLocale, type Locale } from "../i18n/locales";

/**
 * The page's language: the root layout provides one i18next instance per
 * language (see i18n/index.ts), so its language is the page's.
 */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return normalizeLocale(i18n.language) ?? DEFAULT_LOCALE;
}

/** The language of a meta function's page (root loader data is matches[0]). */
export function localeOfMatches(matches: ReadonlyArray<{ loaderData?: unknown } | undefined>): Locale {
  const rootData = matches[0]?.loaderData as { locale?: string } | undefined;
  return normalizeLocale(rootData?.locale) ?? DEFAULT_LOCALE;
}

/** A t function for a meta function. */
export function metaT(matches: ReadonlyArray<{ loaderData?: unknown } | undefined>): TFunction {
  return getFixedT(localeOfMatches(matches));
}
