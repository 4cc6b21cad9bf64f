import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { orderTokenMatches } from "../../../lib/shopping/order-access"

/**
 * A guest's order moves to the account of whoever proves they hold its
 * confirmation link. Orders of other accounts never move.
 */
export const attachOrderStep = createStep(
  "attach-guest-order",
  async ({ order_id, customer_id, token }: { order_id: string; customer_id: string; token: string }, { container }) => {
    const {
      data: [order],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["id", "customer_id", "metadata", "customer.has_account"], filters: { id: order_id } })
    if (!order || !orderTokenMatches(order, token)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng.")
    if (order.customer_id === customer_id) return new StepResponse(order_id, null)
    if (order.customer?.has_account) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn hàng này đã thuộc một tài khoản khác.")
    }
    await container.resolve(Modules.ORDER).updateOrders(order_id, { customer_id } as any)
    return new StepResponse(order_id, { order_id, customer_id: order.customer_id as string | null })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.ORDER).updateOrders(previous.order_id, { customer_id: previous.customer_id } as any)
  }
)
