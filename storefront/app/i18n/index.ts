/**
 * i18next set-up shared by the server render and the browser. The two
 * dictionaries are small, so both are bundled: no HTTP backend, and each
 * instance initialises synchronously (initAsync: false), which keeps the
 * server-rendered markup and the hydrated markup identical.
 */
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import en from "./en.json";
import vi from "./vi.json";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from "./locales";

export const defaultNS = "translation";

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

// One instance per language, never switched to another language, so sharing
// them between concurrent server requests is safe.
const instances = new Map<Locale, I18n>();

export function getI18n(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      resources,
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
