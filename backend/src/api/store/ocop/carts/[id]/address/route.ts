import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCheckoutAddressWorkflow } from "../../../../../../workflows/set-checkout-address"
import { loadCartView } from "../../../../../../lib/shopping/cart-view"
import { resolveVnAddress } from "../../../../../../lib/shopping/resolve-address"
import type { CheckoutAddressBody } from "../../../shopping-validators"

/** POST /store/ocop/carts/:id/address — email and a Vietnamese delivery address, with field errors. */
export async function POST(req: MedusaRequest<CheckoutAddressBody>, res: MedusaResponse) {
  const resolved = await resolveVnAddress(req.scope, req.validatedBody.address)
  if ("fields" in resolved) {
    return res.status(400).json({ type: "invalid_data", message: Object.values(resolved.fields).join(" "), fields: resolved.fields })
  }
  await setCheckoutAddressWorkflow(req.scope).run({
    input: { cart_id: req.params.id, email: req.validatedBody.email, address: resolved.address },
  })
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
