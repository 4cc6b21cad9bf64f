import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { claimGuestOrderWorkflow } from "../../../../../../workflows/claim-guest-order"
import { findOrders, toOrderViews } from "../../../../../../lib/shopping/order-view"

/** POST /store/ocop/orders/:id/claim { token } — a guest order joins the account of whoever holds its link. */
export async function POST(req: AuthenticatedMedusaRequest<{ token: string }>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await claimGuestOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, customer_id: customerId, token: req.validatedBody.token } })
  const { data } = await findOrders(req.scope, { id: req.params.id })
  const [order] = await toOrderViews(req.scope, data, { customerId })
  res.json({ order })
}
