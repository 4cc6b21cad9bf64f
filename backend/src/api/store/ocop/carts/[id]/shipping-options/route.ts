import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { loadCartView, loadProducersOf } from "../../../../../../lib/shopping/cart-view"

/** GET /store/ocop/carts/:id/shipping-options — each producer's delivery choices, priced on its own items. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cart = await loadCartView(req.scope, req.params.id)
  const { result: options } = await listShippingOptionsForCartWithPricingWorkflow(req.scope).run({
    input: { cart_id: req.params.id, is_return: false },
  })
  const productIds = cart.groups.flatMap((g: any) => g.items.map((i: any) => i.product_id))
  const { producerOfProfile } = await loadProducersOf(req.scope, productIds)
  const groups = cart.groups.map((group: any) => ({
    producer_id: group.producer.id,
    producer_name: group.producer.name,
    item_total: group.item_total,
    selected_option_id: group.shipping?.option_id ?? null,
    options: (options as any[])
      .filter((option) => producerOfProfile.get(option.shipping_profile_id)?.id === group.producer.id)
      .map((option) => ({
        id: option.id,
        code: option.type?.code ?? option.data?.code ?? null,
        name: option.name,
        description: option.type?.description ?? null,
        amount: Number(option.amount ?? option.calculated_price?.calculated_amount),
        regular_amount: Number(option.data?.amount ?? option.amount),
        free_above: option.data?.free_above ?? null,
      }))
      .sort((a, b) => a.regular_amount - b.regular_amount),
  }))
  res.json({ groups })
}
