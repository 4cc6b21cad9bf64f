import { describe, expect, it } from "vitest";
import { applyPageCachePolicy, PRIVATE_PAGE_CACHE, SHARED_PAGE_CACHE } from "./cache-policy.server";

function policy(path: string, { method = "GET", status = 200, cookie, setCookie, cacheControl }: { method?: string; status?: number; cookie?: string; setCookie?: string; cacheControl?: string } = {}) {
  const request = new Request(`http://shop.test${path}`, { method, headers: cookie ? { Cookie: cookie } : {} });
  const headers = new Headers();
  if (setCookie) headers.append("Set-Cookie", setCookie);
  if (cacheControl) headers.set("Cache-Control", cacheControl);
  applyPageCachePolicy(request, status, headers);
  return { cacheControl: headers.get("Cache-Control"), vary: headers.get("Vary") };
}

describe("HTTP caching of pages", () => {
  it("lets a shared cache keep the catalogue pages an anonymous shopper sees, keyed on cookies", () => {
    for (const path of ["/", "/san-pham", "/san-pham/che-tom-non-tan-cuong", "/tim-kiem?q=tr%C3%A0", "/chu-the/htx-che-xom-soi", "/tinh-thanh/thai-nguyen", "/nhom/tra-che"]) {
      expect(policy(path)).toEqual({ cacheControl: SHARED_PAGE_CACHE, vary: "Cookie" });
    }
    // Browsers revalidate every time; only shared caches (CDN, proxy) keep the page, for a minute.
    expect(SHARED_PAGE_CACHE).toMatch(/max-age=0/);
    expect(SHARED_PAGE_CACHE).toMatch(/s-maxage=60/);
  });

  it("keeps pages out of shared caches once the shopper has a cart or is logged in", () => {
    expect(policy("/", { cookie: "lng=vi; __ocop_shop=abc" }).cacheControl).toBe(PRIVATE_PAGE_CACHE);
    expect(policy("/san-pham", { cookie: "__ocop_portal=xyz" }).cacheControl).toBe(PRIVATE_PAGE_CACHE);
    // The language cookie alone is not personal: the page is still shared, and Vary tells caches the language differs.
    expect(policy("/", { cookie: "lng=en" })).toEqual({ cacheControl: SHARED_PAGE_CACHE, vary: "Cookie" });
  });

  it("never shares an answer that sets a cookie, an error page, a form post, or a personal or counted page", () => {
    expect(policy("/", { setCookie: "lng=en; Path=/" }).cacheControl).toBe(PRIVATE_PAGE_CACHE);
    expect(policy("/san-pham/khong-co", { status: 404 }).cacheControl).toBe(PRIVATE_PAGE_CACHE);
    expect(policy("/san-pham/che-tom-non-tan-cuong", { method: "POST" }).cacheControl).toBe(PRIVATE_PAGE_CACHE);
    for (const path of ["/gio-hang", "/thanh-toan", "/tai-khoan", "/don-hang/order_1", "/nha-san-xuat", "/tinh", "/hoi-cho/tuan-le-che", "/trace/ABC"]) {
      expect(policy(path)).toEqual({ cacheControl: PRIVATE_PAGE_CACHE, vary: null });
    }
  });

  it("leaves a page's own choice alone", () => {
    expect(policy("/", { cacheControl: "no-store" }).cacheControl).toBe("no-store");
  });
});
