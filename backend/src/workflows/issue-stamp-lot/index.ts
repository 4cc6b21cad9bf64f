import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { nfc } from "../../utils/nfc"
import { createStampLotStep } from "./steps/create-stamp-lot"

export type IssueStampLotInput = {
  product_id: string
  lot_code: string
  produced_at: Date | string
  expires_at?: Date | string | null
  quantity: number
  /** How many stamp codes to issue now (default: one per item of the lot). */
  stamps?: number
  events?: {
    type: "harvest" | "processing" | "packing" | "inspection" | "shipping"
    occurred_at: Date | string
    location?: string | null
    note?: string | null
  }[]
}

/** Registers a production lot with its journey and issues its unguessable stamp codes. */
export const issueStampLotWorkflow = createWorkflow("issue-stamp-lot", (input: IssueStampLotInput) => {
  const data = transform({ input }, ({ input }) => nfc(input))
  const lot = createStampLotStep(data)
  return new WorkflowResponse(lot)
})
