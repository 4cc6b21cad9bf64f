import { describe, expect, it } from "vitest";
import { normalizeLocale, pickLocale } from "./locales";

describe("pickLocale", () => {
  it("defaults to Vietnamese", () => {
    expect(pickLocale({})).toBe("vi");
    expect(pickLocale({ searchParam: null, cookie: null })).toBe("vi");
  });

  it("uses the cookie over the default", () => {
    expect(pickLocale({ cookie: "en" })).toBe("en");
    expect(pickLocale({ cookie: "vi" })).toBe("vi");
  });

  it("lets ?lng= win over the cookie", () => {
    expect(pickLocale({ searchParam: "en", cookie: "vi" })).toBe("en");
    expect(pickLocale({ searchParam: "vi", cookie: "en" })).toBe("vi");
  });

  it("skips unknown values and falls back to Vietnamese", () => {
    expect(pickLocale({ searchParam: "fr" })).toBe("vi");
    expect(pickLocale({ cookie: "de" })).toBe("vi");
    expect(pickLocale({ searchParam: "fr", cookie: "en" })).toBe("en");
    expect(pickLocale({ searchParam: "", cookie: {} })).toBe("vi");
  });
});

describe("normalizeLocale", () => {
  it("accepts region and case variants of supported languages", () => {
    expect(normalizeLocale("EN")).toBe("en");
    expect(normalizeLocale("en-US")).toBe("en");
    expect(normalizeLocale(" vi_VN ")).toBe("vi");
  });

  it("rejects anything else", () => {
    expect(normalizeLocale("fr")).toBeNull();
    expect(normalizeLocale("")).toBeNull();
    expect(normalizeLocale(undefined)).toBeNull();
    expect(normalizeLocale(42)).toBeNull();
  });
});
