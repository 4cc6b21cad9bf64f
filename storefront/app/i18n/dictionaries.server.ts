/**
 * Both dictionaries, for the server render, loaders, actions and tests. The
 * browser never bundles them: it fetches the page's language (client.ts).
 */
import en from "./en.json";
import vi from "./vi.json";
import { addDictionary } from "./index";

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

addDictionary("vi", vi);
addDictionary("en", en);
