import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { slugify } from "../../utils/fold-vietnamese"
import type { CreateProducerInput } from "../create-producer"
import { validateLocationStep } from "../create-producer/steps/validate-location"
import { createProducerStep } from "../create-producer/steps/create-producer"
import { createProducerMemberStep } from "../shared-steps/create-producer-member"
import { registerEmailIdentityStep } from "../shared-steps/register-email-identity"
import { statusForProvinceStep } from "./steps/status-for-province"

export type SignUpProducerInput = {
  producer: Omit<CreateProducerInput, "status" | "slug" | "suspension_reason">
  member: { name: string; email: string; password: string }
}

/**
 * A producer signs itself up: the producer (pending unless its province
 * approves automatically), its owner and the owner's login, all or nothing.
 */
export const signUpProducerWorkflow = createWorkflow("sign-up-producer", (input: SignUpProducerInput) => {
  const clean = transform({ input }, ({ input }) => ({
    producer: nfc(input.producer),
    member: { ...nfc({ name: input.member.name }), email: input.member.email.trim().toLowerCase(), password: input.member.password },
  }))
  validateLocationStep(clean.producer)
  const status = statusForProvinceStep(clean.producer)
  const producerData = transform({ clean, status }, ({ clean, status }) => ({
    ...clean.producer,
    // A short suffix keeps two producers with the same name apart.
    slug: `${slugify(clean.producer.name)}-${Math.random().toString(36).slice(2, 6)}`,
    status,
  }))
  const producer = createProducerStep(producerData)
  const member = createProducerMemberStep(
    transform({ clean, producer }, ({ clean, producer }) => ({
      producer_id: producer.id,
      name: clean.member.name,
      email: clean.member.email,
      role: "owner" as const,
    }))
  )
  const identity = registerEmailIdentityStep(
    transform({ clean }, ({ clean }) => ({ email: clean.member.email, password: clean.member.password }))
  )
  setAuthAppMetadataStep(
    transform({ identity, member }, ({ identity, member }) => ({
      authIdentityId: identity.id,
      actorType: "producer",
      value: member.id,
    }))
  )
  return new WorkflowResponse({ producer, member })
})
