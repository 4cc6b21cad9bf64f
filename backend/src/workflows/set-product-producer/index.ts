import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceProductProducerStep } from "./steps/replace-product-producer"

export const setProductProducerWorkflow = createWorkflow(
  "set-product-producer",
  (input: { product_id: string; producer_id: string }) => {
    const producer = replaceProductProducerStep(input)
    return new WorkflowResponse(producer)
  }
)
