import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { createProducerMemberStep } from "../shared-steps/create-producer-member"
import { registerEmailIdentityStep } from "../shared-steps/register-email-identity"

export type AddProducerMemberInput = {
  producer_id: string
  name: string
  email: string
  password: string
  role: "owner" | "staff"
}

/** A producer's owner adds a colleague with a login of their own. */
export const addProducerMemberWorkflow = createWorkflow("add-producer-member", (input: AddProducerMemberInput) => {
  const data = transform({ input }, ({ input }) => ({
    producer_id: input.producer_id,
    name: nfc(input.name),
    email: input.email.trim().toLowerCase(),
    role: input.role,
  }))
  const member = createProducerMemberStep(data)
  const identity = registerEmailIdentityStep(transform({ input, data }, ({ input, data }) => ({ email: data.email, password: input.password })))
  setAuthAppMetadataStep(
    transform({ identity, member }, ({ identity, member }) => ({ authIdentityId: identity.id, actorType: "producer", value: member.id }))
  )
  return new WorkflowResponse(member)
})
