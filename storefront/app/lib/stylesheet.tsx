import { createContext, useContext } from "react";
import stylesheetHref from "../app.css?url";

/**
 * The site's one stylesheet (Tailwind, ~8 KB gzipped) is written into the page
 * as a <style> instead of a <link>: a render-blocking request is the slowest
 * part of a first visit on a phone network (Lighthouse mobile: first paint 2.1 s
 * with the link, 1.1 s inlined). The server gives the text
 * (entry.server.tsx, stylesheet.server.ts); the browser, while hydrating,
 * reads the same text back from the page, so it never ships in JavaScript.
 * Without the built file (development) it is a plain <link>.
 */
export const STYLESHEET_HREF = stylesheetHref;
const STYLE_ID = "site-styles";

export const StylesheetContext = createContext<string | null>(null);

export function SiteStylesheet() {
  const fromServer = useContext(StylesheetContext);
  const fromPage = typeof document === "undefined" ? null : (document.getElementById(STYLE_ID)?.textContent ?? null);
  const css = fromServer ?? fromPage;
  return css !== null ? <style id={STYLE_ID} dangerouslySetInnerHTML={{ __html: css }} /> : <link rel="stylesheet" href={STYLESHEET_HREF} />;
}
