import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { catalogueChanged } from "../../lib/catalogue-cache"

/**
 * Cached catalogue answers (lib/catalogue-cache) carry fair prices and badges;
 * a change to a fair's times, status or booths reports no product event, so it says so itself.
 */
export const catalogueChangedStep = createStep("catalogue-changed", async () => {
  await catalogueChanged()
  return new StepResponse(undefined)
})
