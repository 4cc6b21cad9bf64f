import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import type { CreateProducerInput } from "../create-producer"
import { validateLocationStep } from "../create-producer/steps/validate-location"
import { updateProducerStep } from "./steps/update-producer"

export type UpdateProducerInput = { id: string } & Partial<CreateProducerInput>

export const PRODUCER_UPDATED = "producer.updated"

/** Edits a producer; approving or suspending it stamps the time (suspension needs a reason). */
export const updateProducerWorkflow = createWorkflow("update-producer", (input: UpdateProducerInput) => {
  const data = transform({ input }, ({ input }) => nfc(input))
  when({ data }, ({ data }) => data.province_code !== undefined || data.commune_code !== undefined).then(() => {
    validateLocationStep(data)
  })
  const producer = updateProducerStep(data)
  // Its products' search documents carry its name, type, province and approval.
  emitEventStep({
    eventName: PRODUCER_UPDATED,
    data: transform({ producer }, ({ producer }) => ({ id: producer.id })),
  })
  return new WorkflowResponse(producer)
})
