import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerShippingStep } from "./steps/create-producer-shipping"

/** Gives a producer its own parcels: shipping profile + standard and express options. */
export const setUpProducerShippingWorkflow = createWorkflow("set-up-producer-shipping", (input: { producer_id: string }) => {
  return new WorkflowResponse(createProducerShippingStep(input))
})
