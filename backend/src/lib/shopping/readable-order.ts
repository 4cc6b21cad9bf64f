import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findOrders, mayRead, toOrderViews } from "./order-view"

/** The order of `:id` if the request may read it; the same 404 whether it doesn't exist or isn't theirs. */
export async function readableOrder(req: MedusaRequest) {
  const customerId = (req as any).auth_context?.actor_id ?? null
  const token = req.query.token ?? req.headers["x-order-token"]
  const {
    data: [order],
  } = await findOrders(req.scope, { id: req.params.id })
  if (!order || !mayRead(order, { customerId, token })) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng.")
  }
  const [view] = await toOrderViews(req.scope, [order], { customerId })
  return view
}
