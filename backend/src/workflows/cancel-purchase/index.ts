import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { cancelShipmentsStep } from "./steps/cancel-shipments"

/**
 * The customer cancels an order before anything ships: each producer's part
 * is cancelled, then Medusa cancels the order (payment cancelled, stock released).
 */
export const cancelPurchaseWorkflow = createWorkflow("cancel-purchase", (input: { order_id: string; customer_id: string }) => {
  cancelShipmentsStep(input)
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.customer_id })),
  })
  return new WorkflowResponse(input.order_id)
})
