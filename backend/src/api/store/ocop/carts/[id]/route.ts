import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { loadCartView } from "../../../../../lib/shopping/cart-view"
import { stalePriceLines } from "../../../../../lib/shopping/stale-prices"

/**
 * GET /store/ocop/carts/:id — the cart grouped by producer, with each group's
 * delivery. Prices follow the clock: a line whose price changed (a fair began
 * or ended) is re-priced before the cart is shown.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  if ((await stalePriceLines(req.scope, req.params.id)).length) {
    await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: req.params.id, force_refresh: true } })
  }
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
