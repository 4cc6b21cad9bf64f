export type DeliveryRate = { amount: number; free_above?: number | null }

/** A producer's parcel costs the flat rate, or nothing once its items reach the threshold. */
export function deliveryPrice(rate: DeliveryRate, producerItemTotal: number): number {
  if (rate.free_above != null && producerItemTotal >= rate.free_above) return 0
  return rate.amount
}
