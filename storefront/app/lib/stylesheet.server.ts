import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { STYLESHEET_HREF } from "./stylesheet";

let text: string | null | undefined;

/** The built stylesheet's text, read once from the client build next to the server build; null when there is none (development). */
export function stylesheetText(): string | null {
  if (text === undefined) {
    try {
      text = STYLESHEET_HREF.startsWith("/assets/") ? readFileSync(fileURLToPath(new URL(`../client${STYLESHEET_HREF}`, import.meta.url)), "utf8") : null;
    } catch {
      text = null;
    }
  }
  return text;
}
