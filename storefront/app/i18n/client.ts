import { DICTIONARY_URLS } from "./dictionary-urls";
import { addDictionary, hasDictionary, type Dictionary } from "./index";
import type { Locale } from "./locales";

const loading = new Map<Locale, Promise<void>>();

/** Fetches a language's dictionary once (the root layout preloads the page's). */
export function loadDictionary(locale: Locale): Promise<void> {
  if (hasDictionary(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = fetch(DICTIONARY_URLS[locale], { credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error(`Dictionary ${locale}: HTTP ${response.status}`);
        return response.json() as Promise<Dictionary>;
      })
      .then((dictionary) => addDictionary(locale, dictionary))
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
