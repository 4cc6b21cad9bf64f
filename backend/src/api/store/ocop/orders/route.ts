import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOrders, toOrderViews } from "../../../../lib/shopping/order-view"

/** GET /store/ocop/orders — the signed-in customer's orders, newest first, with each producer's shipment. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { limit, offset } = (req as any).validatedQuery as { limit: number; offset: number }
  const { data, metadata } = await findOrders(req.scope, { customer_id: customerId }, { skip: offset, take: limit })
  const orders = await toOrderViews(req.scope, data, { customerId })
  res.json({ orders, count: metadata?.count ?? orders.length, limit, offset })
}
