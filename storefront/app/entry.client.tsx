import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { loadDictionary } from "./i18n/client";
import { DEFAULT_LOCALE, normalizeLocale } from "./i18n/locales";

// The page's dictionary first (preloaded in <head>), so the first render matches the server's.
const locale = normalizeLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
void loadDictionary(locale).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>
    );
  })
);
