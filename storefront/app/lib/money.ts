/**
 * Money helpers. Prices in the Medusa backend are stored in the currency's
 * main unit for VND (đồng has no minor unit): 150000 means 150.000 ₫.
 */

const vndFormatter = new Intl.NumberFormat("vi-VN", {
  style: "currency",
  currency: "VND",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});

/**
 * Formats an amount of đồng, e.g. 150000 → "150.000 ₫".
 * The separator before ₫ is a non-breaking space (U+00A0), so the symbol never
 * wraps onto its own line. The same format is used in every UI language,
 * because the currency is always VND. Amounts are rounded to whole đồng.
 */
export function formatVnd(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`formatVnd: not a finite amount: ${amount}`);
  }
  // Math.round rounds -0.5 to -0 which would print "-0 ₫"; normalise to 0.
  const rounded = Math.round(amount) || 0;
  return vndFormatter.format(rounded);
}

/** The bits of a Medusa store variant that carry a price. */
export interface PricedVariant {
  calculated_price?: {
    calculated_amount?: number | null;
  } | null;
}

export interface PriceRange {
  min: number;
  max: number;
}

/**
 * Lowest and highest calculated price over a product's variants, ignoring
 * variants without a price. Returns null when no variant has a price.
 */
export function priceRange(
  variants: ReadonlyArray<PricedVariant> | null | undefined,
): PriceRange | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const variant of variants ?? []) {
    const amount = variant?.calculated_price?.calculated_amount;
    if (typeof amount !== "number" || !Number.isFinite(amount)) continue;
    if (amount < min) min = amount;
    if (amount > max) max = amount;
  }
  if (min === Number.POSITIVE_INFINITY) return null;
  return { min, max };
}

/** True when a range has different min and max (display "từ …"). */
export function isPriceRangeVaried(range: PriceRange): boolean {
  return Math.round(range.min) !== Math.round(range.max);
}
