import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { choosePaymentMethodWorkflow } from "../../../../../../workflows/choose-payment-method"
import { loadCartView } from "../../../../../../lib/shopping/cart-view"
import { shopPaymentProviders } from "../../../../../../lib/shopping/payment-methods"

/** POST /store/ocop/carts/:id/payment { provider_id } — how the shopper will pay. */
export async function POST(req: MedusaRequest<{ provider_id: string }>, res: MedusaResponse) {
  const providerId = req.validatedBody.provider_id
  if (!(await shopPaymentProviders(req.scope)).includes(providerId)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cách thanh toán này hiện không dùng được.")
  }
  await choosePaymentMethodWorkflow(req.scope).run({
    input: { cart_id: req.params.id, provider_id: providerId, customer_id: (req as any).auth_context?.actor_id ?? null },
  })
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
