import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { priceListStatus } from "../create-fair"
import { updateFairStep, type FairUpdate } from "./steps/update-fair"
import { catalogueChangedStep } from "../shared-steps/catalogue-changed"

/** Edits a fair; its price list follows its times and whether it is published. */
export const updateFairWorkflow = createWorkflow("update-fair", (input: FairUpdate) => {
  const fair = updateFairStep(transform({ input }, ({ input }) => nfc(input)))
  updatePriceListsWorkflow.runAsStep({
    input: transform({ fair }, ({ fair }: any) => ({
      price_lists_data: [
        {
          id: fair.price_list_id,
          title: `Giá hội chợ: ${fair.name}`,
          status: priceListStatus(fair.status) as any,
          starts_at: new Date(fair.starts_at).toISOString(),
          ends_at: new Date(fair.ends_at).toISOString(),
        },
      ],
    })),
  })
  catalogueChangedStep()
  return new WorkflowResponse(fair)
})
