import { describe, expect, it } from "vitest";
import { hitToProductSummary, type ApiSearchHit } from "./search";

const hit: ApiSearchHit = {
  id: "prod_1",
  handle: "tra-shan-tuyet",
  title: "Trà Shan tuyết",
  subtitle: null,
  thumbnail: null,
  price: { min: 150_000, max: 150_000, currency_code: "vnd" },
  in_stock: true,
  producer: null,
  province: null,
  region: null,
  stars: 4,
  groups: [],
};

describe("a search hit at a live fair", () => {
  it("carries the fair and its price, the usual price to strike through", () => {
    const summary = hitToProductSummary({ ...hit, fair: { slug: "hoi-cho-tet", name: "Hội chợ Tết", fair_price: 120_000, ends_at: "2026-12-07T13:00:00Z" } });
    expect(summary.fair).toEqual({ fairPrice: 120_000, regularPrice: 150_000, discountPercent: 20, fair: { slug: "hoi-cho-tet", name: "Hội chợ Tết" } });
  });

  it("prefers the backend's usual price of the same pack", () => {
    const summary = hitToProductSummary({
      ...hit,
      price: { min: 120_000, max: 200_000, currency_code: "vnd" },
      fair: { slug: "hoi-cho-tet", name: "Hội chợ Tết", fair_price: 120_000, regular_price: 160_000, ends_at: "2026-12-07T13:00:00Z" },
    });
    expect(summary.fair).toMatchObject({ fairPrice: 120_000, regularPrice: 160_000, discountPercent: 25 });
  });

  it("has no fair outside one", () => {
    expect(hitToProductSummary({ ...hit, fair: null })).not.toHaveProperty("fair");
    expect(hitToProductSummary(hit)).not.toHaveProperty("fair");
  });
});
