export type PurchaseItem = {
  id: string
  title: string
  subtitle?: string | null
  variant_title?: string | null
  product_id: string
  variant_id: string | null
  quantity: number
  unit_price: number
  thumbnail?: string | null
}

export type ProducerShare = {
  producer_id: string
  items: (PurchaseItem & { total: number })[]
  item_total: number
  shipping_total: number
  total: number
}

/**
 * One share per producer, in the order producers first appear in the purchase.
 * Shipping is each producer's own delivery when given per producer; a single
 * shared amount is divided in whole đồng, the remainder to the first share, so
 * the shares add up to the purchase exactly.
 */
export function splitPurchase(
  items: PurchaseItem[],
  producerOfProduct: Map<string, string>,
  shipping: number | Map<string, number>
): ProducerShare[] {
  const byProducer = new Map<string, PurchaseItem[]>()
  for (const item of items) {
    const producerId = producerOfProduct.get(item.product_id)
    if (!producerId) throw new Error(`Sản phẩm ${item.title} chưa gắn với chủ thể nào.`)
    byProducer.set(producerId, [...(byProducer.get(producerId) ?? []), item])
  }
  const count = byProducer.size
  const shared = typeof shipping === "number" ? shipping : 0
  const base = count ? Math.floor(shared / count) : 0
  const remainder = shared - base * count
  return [...byProducer].map(([producer_id, own], index) => {
    const lines = own.map((item) => ({ ...item, total: Math.round(item.unit_price * item.quantity) }))
    const item_total = lines.reduce((sum, line) => sum + line.total, 0)
    const shipping_total = typeof shipping === "number" ? base + (index === 0 ? remainder : 0) : (shipping.get(producer_id) ?? 0)
    return { producer_id, items: lines, item_total, shipping_total, total: item_total + shipping_total }
  })
}
