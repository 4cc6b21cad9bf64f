import { describe, expect, it } from "vitest";
import { discountLabel, discountPercentOf, fairPriceView } from "./fair-price";

describe("discountPercentOf", () => {
  it("is the saving as a whole percent", () => {
    expect(discountPercentOf(150_000, 120_000)).toBe(20);
    expect(discountPercentOf(90_000, 60_000)).toBe(33);
  });

  it("never rounds a real saving down to 0 or up to 100", () => {
    expect(discountPercentOf(1_000_000, 999_000)).toBe(1);
    expect(discountPercentOf(100_000, 100)).toBe(99);
  });

  it("is 0 without a saving", () => {
    expect(discountPercentOf(100_000, 100_000)).toBe(0);
    expect(discountPercentOf(0, 0)).toBe(0);
  });
});

describe("fairPriceView", () => {
  it("keeps the regular and fair prices and the backend's percent", () => {
    expect(fairPriceView(150_000, 127_500, 15)).toEqual({ fairPrice: 127_500, regularPrice: 150_000, discountPercent: 15, fair: null });
  });

  it("computes the percent when the backend's disagrees with the prices or is missing", () => {
    expect(fairPriceView(150_000, 120_000, 50)?.discountPercent).toBe(20);
    expect(fairPriceView(150_000, 120_000)?.discountPercent).toBe(20);
  });

  it("carries the fair for a search card", () => {
    expect(fairPriceView(100_000, 80_000, undefined, { slug: "hoi-cho-tet", name: "Hội chợ Tết" })?.fair).toEqual({
      slug: "hoi-cho-tet",
      name: "Hội chợ Tết",
    });
  });

  it("is null when there is nothing to show: no fair price, no regular price, no saving", () => {
    expect(fairPriceView(150_000, null, 10)).toBeNull();
    expect(fairPriceView(null, 120_000)).toBeNull();
    expect(fairPriceView(150_000, 150_000)).toBeNull();
    expect(fairPriceView(150_000, 180_000)).toBeNull();
  });
});

describe("discountLabel", () => {
  it("uses a real minus sign", () => {
    expect(discountLabel(15)).toBe("\u221215%");
  });
});
