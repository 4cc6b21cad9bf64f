export type FairPhase = "upcoming" | "live" | "ended"

/** A fair's phase on the server's clock: live from its start (inclusive) to its end (exclusive). */
export function fairPhase(fair: { starts_at: Date | string; ends_at: Date | string }, now: Date = new Date()): FairPhase {
  const t = now.getTime()
  if (t < new Date(fair.starts_at).getTime()) return "upcoming"
  if (t < new Date(fair.ends_at).getTime()) return "live"
  return "ended"
}

/** The fair price of a variant: a fixed price in đồng, or a whole-đồng percentage off. */
export function fairPriceOf(regular: number, booth: { fair_price?: number | null; discount_percent?: number | null }): number | null {
  if (booth.fair_price != null) return booth.fair_price
  if (booth.discount_percent != null) return Math.round((regular * (100 - booth.discount_percent)) / 100)
  return null
}
