/**
 * HTTP caching of HTML pages (set in app/entry.server.tsx). Catalogue pages
 * that look the same to every anonymous shopper may be kept by a shared
 * cache (CDN, reverse proxy) for a minute and served stale while it refetches;
 * browsers always revalidate, so a shopper who just filled a cart never sees
 * an old header. Anything personal stays out of every cache.
 */

/** Shop pages without personal content; fair pages are left out because each visit is counted. */
const PUBLIC_PAGES = [/^\/$/, /^\/san-pham(\/[^/]+)?$/, /^\/chu-the(\/[^/]+)?$/, /^\/tinh-thanh(\/[^/]+)?$/, /^\/nhom\/[^/]+$/, /^\/tim-kiem$/];

/** Cookies that make a page personal: the shop session (cart, login) and the portal login. */
const PERSONAL_COOKIES = ["__ocop_shop", "__ocop_portal"];

export const SHARED_PAGE_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
export const PRIVATE_PAGE_CACHE = "private, no-cache";

function hasPersonalCookie(cookieHeader: string | null): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => PERSONAL_COOKIES.includes(pair.split("=")[0].trim()));
}

/**
 * The Cache-Control of a rendered page, unless a loader already chose one:
 * shared caching for an anonymous GET of a public page answered 200 without
 * cookies to set; otherwise the browser may keep it but must revalidate.
 */
export function applyPageCachePolicy(request: Request, status: number, headers: Headers): void {
  if (headers.has("Cache-Control")) return;
  const { pathname } = new URL(request.url);
  const shareable =
    (request.method === "GET" || request.method === "HEAD") &&
    status === 200 &&
    !headers.has("Set-Cookie") &&
    !hasPersonalCookie(request.headers.get("Cookie")) &&
    PUBLIC_PAGES.some((page) => page.test(pathname));
  headers.set("Cache-Control", shareable ? SHARED_PAGE_CACHE : PRIVATE_PAGE_CACHE);
  // The language cookie (and a session appearing) changes the page: caches key on the cookies.
  if (shareable) headers.append("Vary", "Cookie");
}
