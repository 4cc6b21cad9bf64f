import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { createFairStep, type FairFields } from "./steps/create-fair"

export const priceListStatus = (status?: string) => (status === "published" ? "active" : "draft")

/**
 * A province (or the nation) opens a fair: the fair and its price list, which
 * Medusa applies exactly between the fair's start and end, and only once published.
 */
export const createFairWorkflow = createWorkflow("create-fair", (input: FairFields) => {
  const data = transform({ input }, ({ input }) => nfc(input))
  const priceLists = createPriceListsWorkflow.runAsStep({
    input: transform({ data }, ({ data }) => ({
      price_lists_data: [
        {
          title: `Giá hội chợ: ${data.name}`,
          description: "Giá ưu đãi của các gian hàng trong thời gian hội chợ",
          type: "sale" as any,
          status: priceListStatus(data.status) as any,
          starts_at: new Date(data.starts_at).toISOString(),
          ends_at: new Date(data.ends_at).toISOString(),
        },
      ],
    })),
  })
  const fair = createFairStep(transform({ data, priceLists }, ({ data, priceLists }) => ({ ...data, price_list_id: priceLists[0].id })))
  return new WorkflowResponse(fair)
})
