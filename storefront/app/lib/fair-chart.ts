/**
 * Scaling of the results' day-by-day bar charts (server-rendered SVG): a
 * "nice" top of the axis (1, 2, 2.5 or 5 × 10ⁿ), its ticks, and each bar's box.
 */

/** The smallest nice number ≥ value: 0 → 1, 7 → 10, 1234 → 2000, 2_300_000 → 2_500_000. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    if (candidate >= value - magnitude * 1e-9) return candidate;
  }
  return 10 * magnitude;
}

export interface ChartBar {
  index: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartScale {
  max: number;
  ticks: number[];
  bars: ChartBar[];
  /** Width and height of the plot area (the caller adds room for labels). */
  width: number;
  height: number;
}

/**
 * Bars for `values` in a plot of `height` units and `barWidth` + `gap` per bar.
 * Heights are proportional to the value over the nice maximum; a non-zero value
 * gets at least 1 unit so it stays visible; negatives and NaN count as 0.
 */
export function scaleBars(
  values: ReadonlyArray<number>,
  { height = 160, barWidth = 24, gap = 8, tickCount = 4 }: { height?: number; barWidth?: number; gap?: number; tickCount?: number } = {},
): ChartScale {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const max = niceCeiling(Math.max(0, ...clean));
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => (max * i) / tickCount);
  const bars = clean.map((value, index) => {
    const raw = (value / max) * height;
    const barHeight = value > 0 ? Math.max(1, raw) : 0;
    return { index, value, x: gap / 2 + index * (barWidth + gap), y: height - barHeight, width: barWidth, height: barHeight };
  });
  return { max, ticks, bars, width: Math.max(1, clean.length) * (barWidth + gap), height };
}

/** A short axis label: 2_500_000 → "2,5 Tr" (vi) / "2.5M" (en); 1500 → "1,5 N" / "1.5K". */
export function compactNumber(value: number, locale: "vi" | "en" = "vi"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
