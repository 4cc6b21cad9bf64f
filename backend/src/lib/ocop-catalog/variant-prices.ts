import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type VariantPrice = { calculated_amount: number; original_amount: number }

/**
 * What each variant costs now in this region and currency (price lists such as
 * a fair's included), straight from the Pricing Module: the variant's price
 * set from the link table, then calculatePrices — what Query's
 * `variants.calculated_price` does, without its joiner, which cost about 30 ms
 * of a 24-card page at 10,000 products (now ~12). Variants without a price
 * in this currency are left out.
 */
export async function calculateVariantPrices(
  container: MedusaContainer,
  variantIds: string[],
  context: { region_id?: string; currency_code: string }
): Promise<Map<string, VariantPrice>> {
  if (!variantIds.length) return new Map()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select variant_id, price_set_id from product_variant_price_set where variant_id = any(?) and deleted_at is null`,
    [variantIds]
  )
  if (!rows.length) return new Map()
  const prices = await container
    .resolve(Modules.PRICING)
    .calculatePrices({ id: rows.map((r: any) => r.price_set_id) }, { context: { currency_code: context.currency_code, ...(context.region_id ? { region_id: context.region_id } : {}) } })
  const byPriceSet = new Map(prices.map((p) => [p.id, p]))
  const result = new Map<string, VariantPrice>()
  for (const { variant_id, price_set_id } of rows as { variant_id: string; price_set_id: string }[]) {
    const price = byPriceSet.get(price_set_id)
    if (price?.calculated_amount == null) continue
    result.set(variant_id, { calculated_amount: Number(price.calculated_amount), original_amount: Number(price.original_amount ?? price.calculated_amount) })
  }
  return result
}
