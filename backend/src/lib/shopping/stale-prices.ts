import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"

/**
 * The cart's lines whose price is no longer today's (a price changed, a fair
 * started or ended): each price is computed again by the pricing module.
 */
export async function stalePriceLines(container: MedusaContainer, cartId: string): Promise<{ product_title: string }[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = (await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "region_id", "currency_code", "customer_id", "items.variant_id", "items.unit_price", "items.product_title", "items.is_custom_price"],
    filters: { id: cartId },
  })) as { data: any[] }
  if (!cart || cart.completed_at) return []
  const items = (cart.items ?? []).filter((item: any) => item.variant_id && !item.is_custom_price)
  if (!items.length) return []
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { id: items.map((item: any) => item.variant_id) },
    context: {
      calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code, customer_id: cart.customer_id ?? undefined }),
    },
  })
  const price = new Map(variants.map((v: any) => [v.id, v.calculated_price?.calculated_amount] as [string, unknown]))
  return items.filter((item: any) => price.get(item.variant_id) != null && Number(price.get(item.variant_id)) !== Number(item.unit_price))
}
