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
 */
export async function variantAvailability(query: Query, variantIds: string[], salesChannelId: string): Promise<VariantAvailability> {
  const result: VariantAvailability = Object.fromEntries(variantIds.map((id) => [id, { availability: null }]))
  if (!variantIds.length) return result
  const [{ data: links }, { data: channelLocations }] = await Promise.all([
    query.graph({
      entity: "product_variant_inventory_items",
      fields: ["variant_id", "required_quantity", "inventory.location_levels.*"],
      filters: { variant_id: variantIds },
    }),
    query.graph({ entity: "sales_channel_locations", fields: ["stock_location_id"], filters: { sales_channel_id: salesChannelId } }),
  ])
  const locations = new Set((channelLocations as any[]).map((l) => l.stock_location_id as string))
  const perItem = new Map<string, number[]>()
  for (const link of links as any[]) {
    const available = ((link.inventory?.location_levels ?? []) as any[])
      .filter((level) => locations.has(level.location_id))
      .reduce((sum, level) => sum + Number(level.available_quantity ?? 0), 0)
    perItem.set(link.variant_id, [...(perItem.get(link.variant_id) ?? []), Math.floor(available / Number(link.required_quantity))])
  }
  for (const [variantId, quantities] of perItem) result[variantId] = { availability: Math.min(...quantities) }
  return result
}
