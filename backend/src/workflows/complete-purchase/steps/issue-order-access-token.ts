import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { newOrderAccessToken } from "../../../lib/shopping/order-access"

/**
 * The confirmation link's secret: shown once to whoever placed the order;
 * only its hash is kept on the order.
 */
export const issueOrderAccessTokenStep = createStep(
  "issue-order-access-token",
  async ({ order_id }: { order_id: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const order = await orders.retrieveOrder(order_id, { select: ["id", "metadata"] })
    // A cart completed again (a retry) gets no second link: whoever holds only the cart id learns nothing new.
    if (order.metadata?.access_token_hash) return new StepResponse(null as string | null, null)
    const { token, hash } = newOrderAccessToken()
    await orders.updateOrders(order_id, { metadata: { ...(order.metadata ?? {}), access_token_hash: hash } })
    return new StepResponse(token as string | null, { order_id, metadata: order.metadata ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.ORDER).updateOrders(previous.order_id, { metadata: previous.metadata ?? {} })
  }
)
