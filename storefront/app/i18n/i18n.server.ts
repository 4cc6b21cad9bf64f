import { createCookie } from "react-router";
import { RemixI18Next } from "remix-i18next/server";
import { resources } from "./index";
import {
  DEFAULT_LOCALE,
  LOCALE_COOKIE_NAME,
  LOCALE_SEARCH_PARAM,
  SUPPORTED_LOCALES,
  normalizeLocale,
  pickLocale,
  type Locale,
} from "./locales";

const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** Remembers the visitor's language choice (`lng`). */
export const localeCookie = createCookie(LOCALE_COOKIE_NAME, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: ONE_YEAR_IN_SECONDS,
});

/**
 * Reads the `lng` cookie. Accepts both the encoded value this app writes and
 * a plain `lng=en` (handy for tests and curl).
 */
export async function readLocaleCookie(cookieHeader: string | null): Promise<string | null> {
  if (!cookieHeader) return null;
  const parsed: unknown = await localeCookie.parse(cookieHeader);
  if (typeof parsed === "string" && normalizeLocale(parsed)) return parsed;
  return readRawCookie(cookieHeader, LOCALE_COOKIE_NAME);
}

export function readRawCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() !== name) continue;
    const raw = part.slice(index + 1).trim().replace(/^"(.*)"$/, "$1");
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}

/**
 * Detection order: `?lng=` search parameter, then the `lng` cookie, then
 * Vietnamese. Accept-Language is ignored on purpose: Vietnamese first.
 */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    searchParamKey: LOCALE_SEARCH_PARAM,
    order: ["custom"],
    async findLocale(request) {
      const url = new URL(request.url);
      return pickLocale({
        searchParam: url.searchParams.get(LOCALE_SEARCH_PARAM),
        cookie: await readLocaleCookie(request.headers.get("Cookie")),
      });
    },
  },
  i18next: {
    resources,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    interpolation: { escapeValue: false },
  },
});

export async function getLocale(request: Request): Promise<Locale> {
  return normalizeLocale(await i18nServer.getLocale(request)) ?? DEFAULT_LOCALE;
}

/** The locale asked for by `?lng=` when it is a supported one, else null. */
export function requestedLocale(request: Request): Locale | null {
  return normalizeLocale(new URL(request.url).searchParams.get(LOCALE_SEARCH_PARAM));
}

export function serializeLocaleCookie(locale: Locale): Promise<string> {
  return localeCookie.serialize(locale);
}
