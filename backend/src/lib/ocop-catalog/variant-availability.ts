import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>
export type VariantAvailability = Record<string, { availability: number | null }>

/**
 * How many of each variant the sales channel can deliver, counted as Medusa's
 * `getVariantAvailability` counts it (for each inventory item the variant
 * needs: stocked minus reserved at the channel's stock locations, divided by
 * the quantity the variant takes; the smallest of those; null without
 * inventory items), but always read from the database. Medusa's own keeps the
 * answer in its Caching Module, and a variant whose stock levels are created
 * after it was first asked about stays at 0 there: a shopper would see a new
 * product out of stock, or a cart refused, until the entry expires.
 *
 * Through Query, because the search index builds its documents with nothing
 * else (the Search Module gives its definitions Query and a logger). Product
 * lists and pages read the same count in one SQL statement
 * (product-stock.ts readStock); a test holds both equal to Medusa's.
 */
export async function variantAvailability(query: Query, variantIds: string[], salesChannelId: string): Promise<VariantAvailability> {
  const result: VariantAvailability = Object.fromEntries(variantIds.map((id) => [id, { availability: null }]))
  if (!variantIds.length) return result
  // Flat reads (links, then the levels of those items at those locations): nesting
  // inventory.location_levels under the links costs Query a module round trip more.
  const [{ data: links }, { data: channelLocations }] = await Promise.all([
    query.graph({
      entity: "product_variant_inventory_items",
      fields: ["variant_id", "inventory_item_id", "required_quantity"],
      filters: { variant_id: variantIds },
    }),
    query.graph({ entity: "sales_channel_locations", fields: ["stock_location_id"], filters: { sales_channel_id: salesChannelId } }),
  ])
  if (!links.length) return result
  const locations = (channelLocations as any[]).map((l) => l.stock_location_id as string)
  const { data: levels } = locations.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"],
        filters: { inventory_item_id: [...new Set((links as any[]).map((l) => l.inventory_item_id as string))], location_id: locations },
      })
    : { data: [] }
  const availableByItem = new Map<string, number>()
  for (const level of levels as any[]) {
    // Medusa's available_quantity: stocked minus reserved.
    const available = Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
    availableByItem.set(level.inventory_item_id, (availableByItem.get(level.inventory_item_id) ?? 0) + available)
  }
  const perItem = new Map<string, number[]>()
  for (const link of links as any[]) {
    const available = availableByItem.get(link.inventory_item_id) ?? 0
    perItem.set(link.variant_id, [...(perItem.get(link.variant_id) ?? []), Math.floor(available / Number(link.required_quantity))])
  }
  for (const [variantId, quantities] of perItem) result[variantId] = { availability: Math.min(...quantities) }
  return result
}
