import "i18next";
import type vi from "./vi.json";

// Type-checked translation keys: a typo in t("…") fails `npm run typecheck`.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof vi };
  }
}
