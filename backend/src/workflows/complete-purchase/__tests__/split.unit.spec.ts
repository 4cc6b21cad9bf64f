import { splitPurchase, type PurchaseItem } from "../split"

const item = (id: string, product_id: string, quantity: number, unit_price: number): PurchaseItem => ({
  id,
  title: id,
  product_id,
  variant_id: `v-${id}`,
  quantity,
  unit_price,
})

describe("splitPurchase", () => {
  const producerOf = new Map([
    ["tea", "htx-che"],
    ["tea-2", "htx-che"],
    ["vase", "gom"],
    ["salt", "muoi"],
  ])

  it("makes one share per producer, in the order they first appear", () => {
    const shares = splitPurchase(
      [item("a", "tea", 2, 250000), item("b", "vase", 1, 1850000), item("c", "tea-2", 1, 350000)],
      producerOf,
      30000
    )
    expect(shares.map((s) => [s.producer_id, s.items.map((i) => i.id), s.item_total])).toEqual([
      ["htx-che", ["a", "c"], 850000],
      ["gom", ["b"], 1850000],
    ])
  })

  it("shares shipping out in whole đồng that add up to what the shopper paid", () => {
    const shares = splitPurchase(
      [item("a", "tea", 1, 100000), item("b", "vase", 1, 100000), item("c", "salt", 1, 100000)],
      producerOf,
      55000
    )
    expect(shares.map((s) => s.shipping_total)).toEqual([18334, 18333, 18333])
    expect(shares.reduce((sum, s) => sum + s.total, 0)).toBe(300000 + 55000)
    for (const share of shares) expect(Number.isInteger(share.shipping_total)).toBe(true)
  })

  it("refuses an item whose product has no producer", () => {
    expect(() => splitPurchase([item("x", "unknown", 1, 1000)], producerOf, 0)).toThrow(/chủ thể/)
  })
})
