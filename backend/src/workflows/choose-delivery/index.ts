import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { validateDeliveryChoicesStep, type DeliveryChoice } from "./steps/validate-delivery-choices"

/**
 * The shopper picks standard or express for each producer's parcel. Medusa
 * prices each option (ocop_delivery, on that producer's items) and replaces an
 * earlier choice for the same producer.
 */
export const chooseDeliveryWorkflow = createWorkflow("choose-delivery", (input: { cart_id: string; selections: DeliveryChoice[] }) => {
  const options = validateDeliveryChoicesStep(input)
  addShippingMethodToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, options } })
  return new WorkflowResponse(input.cart_id)
})
