import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPurchaseWorkflow } from "../../../../../../workflows/cancel-purchase"
import { findOrders, toOrderViews } from "../../../../../../lib/shopping/order-view"

/** POST /store/ocop/orders/:id/cancel — the customer cancels while nothing has shipped. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await cancelPurchaseWorkflow(req.scope).run({ input: { order_id: req.params.id, customer_id: customerId } })
  const { data } = await findOrders(req.scope, { id: req.params.id })
  const [order] = await toOrderViews(req.scope, data, { customerId })
  res.json({ order })
}
