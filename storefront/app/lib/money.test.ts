import { describe, expect, it } from "vitest";
import { formatVnd, isPriceRangeVaried, priceRange } from "./money";

const NBSP = "\u00a0";

describe("formatVnd", () => {
  it("formats đồng with dot thousands separators and a non-breaking space before ₫", () => {
    expect(formatVnd(150000)).toBe(`150.000${NBSP}₫`);
  });

  it("formats zero", () => {
    expect(formatVnd(0)).toBe(`0${NBSP}₫`);
  });

  it("formats large amounts", () => {
    expect(formatVnd(13500000)).toBe(`13.500.000${NBSP}₫`);
    expect(formatVnd(1234567890)).toBe(`1.234.567.890${NBSP}₫`);
  });

  it("rounds to whole đồng", () => {
    expect(formatVnd(149999.5)).toBe(`150.000${NBSP}₫`);
    expect(formatVnd(99.4)).toBe(`99${NBSP}₫`);
    expect(formatVnd(0.4)).toBe(`0${NBSP}₫`);
    expect(formatVnd(-0.4)).toBe(`0${NBSP}₫`);
  });

  it("keeps small amounts without separators", () => {
    expect(formatVnd(500)).toBe(`500${NBSP}₫`);
    expect(formatVnd(1000)).toBe(`1.000${NBSP}₫`);
  });

  it("refuses non-finite amounts", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("priceRange", () => {
  const v = (amount: number | null | undefined) => ({ calculated_price: { calculated_amount: amount } });

  it("returns min and max of the variants' calculated amounts", () => {
    expect(priceRange([v(150000), v(120000), v(260000)])).toEqual({ min: 120000, max: 260000 });
  });

  it("returns the same min and max for one price", () => {
    expect(priceRange([v(99000)])).toEqual({ min: 99000, max: 99000 });
    expect(priceRange([v(99000), v(99000)])).toEqual({ min: 99000, max: 99000 });
  });

  it("ignores variants without a calculated price", () => {
    expect(
      priceRange([v(null), v(undefined), { calculated_price: null }, {}, v(80000), v(Number.NaN)]),
    ).toEqual({ min: 80000, max: 80000 });
  });

  it("returns null when no variant has a price", () => {
    expect(priceRange([])).toBeNull();
    expect(priceRange(null)).toBeNull();
    expect(priceRange(undefined)).toBeNull();
    expect(priceRange([v(null), {}])).toBeNull();
  });

  it("counts a zero price as a price", () => {
    expect(priceRange([v(0), v(5000)])).toEqual({ min: 0, max: 5000 });
  });
});

describe("isPriceRangeVaried", () => {
  it("is true only when min and max differ in whole đồng", () => {
    expect(isPriceRangeVaried({ min: 120000, max: 150000 })).toBe(true);
    expect(isPriceRangeVaried({ min: 150000, max: 150000 })).toBe(false);
    expect(isPriceRangeVaried({ min: 150000, max: 150000.2 })).toBe(false);
  });
});
