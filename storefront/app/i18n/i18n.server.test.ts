import { describe, expect, it } from "vitest";
import { getLocale, localeCookie, readRawCookie, requestedLocale, serializeLocaleCookie } from "./i18n.server";

function request(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { headers });
}

describe("getLocale (server detection)", () => {
  it("is Vietnamese by default, even when the browser prefers English", async () => {
    await expect(getLocale(request("/", { "Accept-Language": "en-US,en;q=0.9" }))).resolves.toBe("vi");
  });

  it("reads the cookie this app writes", async () => {
    const setCookie = await serializeLocaleCookie("en");
    const cookie = setCookie.split(";")[0]!;
    await expect(getLocale(request("/", { Cookie: cookie }))).resolves.toBe("en");
  });

  it("also reads a plain lng=en cookie", async () => {
    await expect(getLocale(request("/", { Cookie: "theme=dark; lng=en" }))).resolves.toBe("en");
  });

  it("lets ?lng= win over the cookie", async () => {
    await expect(getLocale(request("/?lng=vi", { Cookie: "lng=en" }))).resolves.toBe("vi");
    await expect(getLocale(request("/san-pham/x?lng=en", { Cookie: "lng=vi" }))).resolves.toBe("en");
  });

  it("falls back to Vietnamese for unknown values", async () => {
    await expect(getLocale(request("/?lng=fr", { Cookie: "lng=de" }))).resolves.toBe("vi");
    await expect(getLocale(request("/?lng=fr", { Cookie: "lng=en" }))).resolves.toBe("en");
  });
});

describe("locale cookie", () => {
  it("is a one-year, lax, http-only cookie on the whole site", async () => {
    const header = await serializeLocaleCookie("en");
    expect(header).toMatch(/^lng=/);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=31536000/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    await expect(localeCookie.parse(header.split(";")[0]!)).resolves.toBe("en");
  });

  it("requestedLocale only reports supported ?lng= values", () => {
    expect(requestedLocale(request("/?lng=en"))).toBe("en");
    expect(requestedLocale(request("/?lng=xx"))).toBeNull();
    expect(requestedLocale(request("/"))).toBeNull();
  });

  it("readRawCookie finds one cookie among several", () => {
    expect(readRawCookie("a=1; lng=en; b=2", "lng")).toBe("en");
    expect(readRawCookie("xlng=en", "lng")).toBeNull();
  });
});
