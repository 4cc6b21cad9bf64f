import { describe, expect, it } from "vitest";
import en from "./en.json";
import vi from "./vi.json";
import { getFixedT } from "./index";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}

describe("translations", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("have no empty strings", () => {
    for (const value of [...leaves(vi), ...leaves(en)]) {
      expect(typeof value).toBe("string");
      expect((value as string).trim()).not.toBe("");
    }
  });

  it("translate synchronously in both languages", () => {
    expect(getFixedT("vi")("home.hero")).toBe("Đặc sản OCOP từ khắp Việt Nam");
    expect(getFixedT("en")("home.hero")).toBe("OCOP specialties from all over Vietnam");
    expect(getFixedT("vi")("errors.notFound.title")).toBe("Không tìm thấy trang");
    expect(getFixedT("vi")("product.priceFrom", { price: "120.000\u00a0₫" })).toBe("từ 120.000\u00a0₫");
  });
});
