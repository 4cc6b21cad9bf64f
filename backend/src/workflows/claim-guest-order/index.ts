import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachOrderStep } from "./steps/attach-order"

/** "Create an account to follow this order": the guest order joins the new account. */
export const claimGuestOrderWorkflow = createWorkflow(
  "claim-guest-order",
  (input: { order_id: string; customer_id: string; token: string }) => new WorkflowResponse(attachOrderStep(input))
)
