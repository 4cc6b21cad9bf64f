import { useContext } from "react";
import type { i18n as I18n, TFunction } from "i18next";
import { I18nContext } from "react-i18next";
import { defaultNS } from "../i18n";

export type Translation = { t: TFunction<typeof defaultNS>; i18n: I18n };

const translations = new WeakMap<I18n, Translation>();

/**
 * `t` in the language of the nearest I18nextProvider (root.tsx), as
 * react-i18next's `useTranslation()` gives it. Ours can do less because this
 * app's i18next instances never change language (app/i18n: one per language,
 * a language switch renders with the other one): one `t` per instance, read
 * from context. react-i18next 17's hook also copies the instance's properties
 * into a new object for every component the first time it renders (so the
 * React Compiler sees language changes): a fifth of the server's busy time
 * rendering the home page (24 product cards).
 */
export function useTranslation(): Translation {
  const i18n = useContext(I18nContext)?.i18n;
  if (!i18n) throw new Error("useTranslation: no I18nextProvider above this component (app/root.tsx provides one)");
  let translation = translations.get(i18n);
  if (!translation) {
    translation = { t: i18n.getFixedT(null, defaultNS), i18n };
    translations.set(i18n, translation);
  }
  return translation;
}
