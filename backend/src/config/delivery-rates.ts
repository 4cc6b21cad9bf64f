/**
 * The delivery choices every producer offers (whole đồng, VAT included). Each
 * producer's parcel is priced on its own items: free above `free_above`.
 */
export const DELIVERY_RATES = [
  { code: "standard", name: "Giao hàng tiêu chuẩn", label: "Tiêu chuẩn", description: "Giao trong 3–5 ngày", amount: 30000, free_above: 500000 },
  { code: "express", name: "Giao hàng nhanh", label: "Nhanh", description: "Giao trong 1–2 ngày", amount: 55000, free_above: 1000000 },
] as const

export type DeliveryRateCode = (typeof DELIVERY_RATES)[number]["code"]
