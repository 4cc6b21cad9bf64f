import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { chooseDeliveryWorkflow } from "../../../../../../workflows/choose-delivery"
import { loadCartView } from "../../../../../../lib/shopping/cart-view"
import type { DeliveryBody } from "../../../shopping-validators"

/** POST /store/ocop/carts/:id/shipping { selections } — standard or express, producer by producer. */
export async function POST(req: MedusaRequest<DeliveryBody>, res: MedusaResponse) {
  await chooseDeliveryWorkflow(req.scope).run({ input: { cart_id: req.params.id, selections: req.validatedBody.selections } })
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
