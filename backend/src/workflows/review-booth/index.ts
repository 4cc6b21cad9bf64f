import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncFairPricesStep } from "../shared-steps/sync-fair-prices"
import { decideBoothStep, type BoothDecision } from "./steps/decide-booth"
import { catalogueChangedStep } from "../shared-steps/catalogue-changed"

/** The organising province decides on a booth; the fair's prices follow the approved booths. */
export const reviewBoothWorkflow = createWorkflow("review-booth", (input: BoothDecision) => {
  const booth = decideBoothStep(input)
  syncFairPricesStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id })))
  catalogueChangedStep()
  return new WorkflowResponse(booth)
})
