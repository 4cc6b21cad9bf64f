import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPromotionCodeWorkflow } from "../../../../../../workflows/apply-promotion-code"
import { loadCartView } from "../../../../../../lib/shopping/cart-view"

/** POST /store/ocop/carts/:id/promotions { code } — applies a code or says why it doesn't apply. */
export async function POST(req: MedusaRequest<{ code: string }>, res: MedusaResponse) {
  await applyPromotionCodeWorkflow(req.scope).run({ input: { cart_id: req.params.id, code: req.validatedBody.code } })
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
