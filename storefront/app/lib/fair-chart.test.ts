import { describe, expect, it } from "vitest";
import { compactNumber, niceCeiling, scaleBars } from "./fair-chart";

describe("niceCeiling", () => {
  it("rounds up to 1, 2, 2.5 or 5 × 10ⁿ", () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(12)).toBe(20);
    expect(niceCeiling(21)).toBe(25);
    expect(niceCeiling(1234)).toBe(2000);
    expect(niceCeiling(2_300_000)).toBe(2_500_000);
    expect(niceCeiling(5000)).toBe(5000);
    expect(niceCeiling(Number.NaN)).toBe(1);
  });
});

describe("scaleBars", () => {
  it("scales bars to the nice maximum, bottom-aligned", () => {
    const scale = scaleBars([50, 100, 0], { height: 100, barWidth: 20, gap: 10 });
    expect(scale.max).toBe(100);
    expect(scale.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(scale.bars.map((b) => b.height)).toEqual([50, 100, 0]);
    expect(scale.bars.map((b) => b.y)).toEqual([50, 0, 100]);
    expect(scale.bars.map((b) => b.x)).toEqual([5, 35, 65]);
    expect(scale.width).toBe(90);
  });

  it("keeps a tiny non-zero value visible and treats bad values as zero", () => {
    const scale = scaleBars([1, 10_000, -5, Number.NaN], { height: 100 });
    expect(scale.bars[0].height).toBe(1);
    expect(scale.bars[2]).toMatchObject({ value: 0, height: 0 });
    expect(scale.bars[3]).toMatchObject({ value: 0, height: 0 });
  });

  it("draws an empty chart without dividing by zero", () => {
    const scale = scaleBars([0, 0]);
    expect(scale.max).toBe(1);
    expect(scale.bars.every((b) => b.height === 0 && Number.isFinite(b.y))).toBe(true);
    expect(scaleBars([]).width).toBeGreaterThan(0);
  });
});

describe("compactNumber", () => {
  it("shortens axis labels", () => {
    expect(compactNumber(2_500_000, "vi")).toBe("2,5\u00a0Tr");
    expect(compactNumber(2_500_000, "en")).toBe("2.5M");
    expect(compactNumber(40, "en")).toBe("40");
  });
});
