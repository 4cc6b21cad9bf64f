import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYMENT_METHODS, shopPaymentProviders } from "../../../../lib/shopping/payment-methods"

/** GET /store/ocop/payment-methods — COD and bank transfer always, cards when Stripe is configured. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const available = new Set(await shopPaymentProviders(req.scope))
  res.json({ methods: PAYMENT_METHODS.filter((method) => available.has(method.provider_id)) })
}
