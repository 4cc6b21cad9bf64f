/**
 * i18next set-up shared by the server render and the browser. The server
 * holds both dictionaries (dictionaries.server.ts); the browser loads only the
 * page's language (client.ts) before it hydrates, and another one when the
 * shopper switches (root clientLoader). Each instance initialises
 * synchronously (initAsync: false) from what is loaded, which keeps the
 * server-rendered markup and the hydrated markup identical.
 */
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from "./locales";

export const defaultNS = "translation";

export type Dictionary = Record<string, unknown>;

const dictionaries = new Map<Locale, Dictionary>();

export function addDictionary(locale: Locale, dictionary: Dictionary): void {
  dictionaries.set(locale, dictionary);
}

export function hasDictionary(locale: Locale): boolean {
  return dictionaries.has(locale);
}

// One instance per language, never switched to another language, so sharing
// them between concurrent server requests is safe.
const instances = new Map<Locale, I18n>();

export function getI18n(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    if (!dictionaries.has(locale)) {
      // The browser, before another language's dictionary arrives (root.tsx loads it): the one it has.
      const loaded = dictionaries.keys().next();
      if (loaded.done) throw new Error(`No dictionary is loaded (i18n/client.ts, dictionaries.server.ts).`);
      return getI18n(loaded.value);
    }
    instance = createInstance();
    void instance.init({
      resources: Object.fromEntries([...dictionaries].map(([lng, translation]) => [lng, { [defaultNS]: translation }])),
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      defaultNS,
      ns: [defaultNS],
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already
      react: { useSuspense: false },
    });
    instances.set(locale, instance);
  }
  return instance;
}

/** A t function fixed to a language, for meta functions and loaders. */
export function getFixedT(locale: Locale): TFunction {
  return getI18n(locale).getFixedT(locale);
}
