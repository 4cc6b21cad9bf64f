import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"

/**
 * The shopper pays today's prices: every line's price is computed again from
 * the pricing module (price lists included) and an order at a stale price is refused.
 */
export const assertPricesCurrentStep = createStep("assert-prices-current", async ({ id }: { id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "region_id", "currency_code", "customer_id", "items.variant_id", "items.unit_price", "items.product_title", "items.is_custom_price"],
    filters: { id },
  })
  if (!cart || cart.completed_at) return new StepResponse(undefined)
  const items = (cart.items ?? []).filter((item: any) => item.variant_id && !item.is_custom_price)
  if (!items.length) return new StepResponse(undefined)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { id: items.map((item: any) => item.variant_id) },
    context: {
      calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code, customer_id: cart.customer_id ?? undefined }),
    },
  })
  const price = new Map(variants.map((v: any) => [v.id, v.calculated_price?.calculated_amount]))
  const stale = items.filter((item: any) => price.get(item.variant_id) != null && Number(price.get(item.variant_id)) !== Number(item.unit_price))
  if (stale.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Giá đã thay đổi: ${stale.map((item: any) => item.product_title).join(", ")}. Giỏ hàng đã được cập nhật giá mới, vui lòng xem lại trước khi đặt.`,
      "prices_changed"
    )
  }
  return new StepResponse(undefined)
})
