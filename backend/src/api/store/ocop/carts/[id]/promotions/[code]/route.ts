import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { loadCartView } from "../../../../../../../lib/shopping/cart-view"

/** DELETE /store/ocop/carts/:id/promotions/:code — takes a code off the cart. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await updateCartPromotionsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, promo_codes: [req.params.code], action: PromotionActions.REMOVE },
  })
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
