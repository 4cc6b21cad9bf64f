import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { nfc } from "../../utils/nfc"
import { slugify } from "../../utils/fold-vietnamese"
import { validateLocationStep } from "./steps/validate-location"
import { createProducerStep } from "./steps/create-producer"
import { createProducerShippingStep } from "../set-up-producer-shipping/steps/create-producer-shipping"

export type CreateProducerInput = {
  name: string
  slug?: string
  type: "enterprise" | "cooperative" | "cooperative_group" | "household"
  story?: string | null
  contact_name?: string | null
  phone?: string | null
  email?: string | null
  address?: string | null
  logo_url?: string | null
  province_code: string
  commune_code: string
  status?: "pending" | "approved" | "rejected" | "suspended"
  suspension_reason?: string | null
  rejection_reason?: string | null
  trusted?: boolean
  papers?: { id: string; url: string; filename: string }[] | null
}

/** Registers a chủ thể OCOP at a real current location; pending until approved unless stated. */
export const createProducerWorkflow = createWorkflow("create-producer", (input: CreateProducerInput) => {
  const data = transform({ input }, ({ input }) => {
    const clean = nfc(input)
    return { ...clean, slug: clean.slug || slugify(clean.name), status: clean.status ?? "pending" } as CreateProducerInput & {
      slug: string
    }
  })
  validateLocationStep(data)
  const producer = createProducerStep(data)
  createProducerShippingStep(transform({ producer }, ({ producer }) => ({ producer_id: producer.id })))
  return new WorkflowResponse(producer)
})
