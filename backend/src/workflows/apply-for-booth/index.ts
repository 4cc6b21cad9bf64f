import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { nfc } from "../../utils/nfc"
import { saveApplicationStep } from "./steps/save-application"
import { validateApplicationStep, type BoothApplication } from "./steps/validate-application"

/** A producer applies for a booth with the products it brings and their fair prices. */
export const applyForBoothWorkflow = createWorkflow("apply-for-booth", (input: BoothApplication) => {
  const application = transform({ input }, ({ input }) => nfc(input))
  const check = validateApplicationStep(application)
  const booth = saveApplicationStep(transform({ application, check }, ({ application, check }) => ({ application, existing_booth_id: check.existing_booth_id })))
  return new WorkflowResponse(booth)
})
