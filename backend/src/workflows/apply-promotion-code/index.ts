import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPromotionAppliedStep } from "./steps/assert-promotion-applied"
import { checkPromotionCodeStep } from "./steps/check-promotion-code"

/** A promotion code on the cart (Medusa's promotion module), or a clear reason why not. */
export const applyPromotionCodeWorkflow = createWorkflow("apply-promotion-code", (input: { cart_id: string; code: string }) => {
  const code = checkPromotionCodeStep(input)
  updateCartPromotionsWorkflow.runAsStep({
    input: transform({ input, code }, ({ input, code }) => ({ cart_id: input.cart_id, promo_codes: [code], action: PromotionActions.ADD })),
  })
  assertPromotionAppliedStep(transform({ input, code }, ({ input, code }) => ({ cart_id: input.cart_id, code })))
  return new WorkflowResponse(input.cart_id)
})
