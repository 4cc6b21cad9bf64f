/**
 * A product's fair price as the cards show it: the usual price struck through,
 * the fair price and "−N%". Pure (no SDK), shared by the fair pages and search.
 */

export interface FairPriceView {
  /** Whole đồng. */
  fairPrice: number;
  /** Whole đồng, the usual price (struck through). */
  regularPrice: number;
  /** 1–99. */
  discountPercent: number;
  /** The fair selling it at this price, when the card should link to it (search results). */
  fair: { slug: string; name: string } | null;
}

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The discount as a whole percent, never 0 for a real discount and never 100. */
export function discountPercentOf(regular: number, fair: number): number {
  if (!(regular > 0) || !(fair < regular)) return 0;
  const percent = Math.round(((regular - fair) / regular) * 100);
  return Math.min(99, Math.max(1, percent));
}

/**
 * The view for a fair price, or null when there is none to show: no fair
 * price (the fair is not live), no usual price, or no saving.
 * The backend's percent is kept when it is sensible, else computed.
 */
export function fairPriceView(
  regular: unknown,
  fairPrice: unknown,
  discountPercent?: unknown,
  fair: { slug: string; name: string } | null = null,
): FairPriceView | null {
  if (!finite(regular) || !finite(fairPrice) || fairPrice < 0 || fairPrice >= regular) return null;
  const computed = discountPercentOf(regular, fairPrice);
  const given = finite(discountPercent) && discountPercent >= 1 && discountPercent <= 99 ? Math.round(discountPercent) : null;
  // Trust the backend's figure unless it disagrees with the prices by more than rounding.
  const percent = given !== null && Math.abs(given - computed) <= 1 ? given : computed;
  return { fairPrice, regularPrice: regular, discountPercent: percent, fair };
}

/** "−15%" with a real minus sign (U+2212). */
export function discountLabel(percent: number): string {
  return `\u2212${Math.round(percent)}%`;
}
