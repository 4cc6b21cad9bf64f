import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICER_MODULE } from "../../modules/officer"
import type OfficerModuleService from "../../modules/officer/service"

export type SetProvincePolicyInput = { province_code: string; auto_approve_producers: boolean }

const upsertPolicyStep = createStep(
  "upsert-province-policy",
  async (input: SetProvincePolicyInput, { container }) => {
    const officers = container.resolve<OfficerModuleService>(OFFICER_MODULE)
    const [existing] = await officers.listProvincePolicies({ province_code: input.province_code })
    const policy = existing
      ? await officers.updateProvincePolicies({ id: existing.id, ...input })
      : await officers.createProvincePolicies(input)
    return new StepResponse(policy, { id: policy.id, previous: existing ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const officers = container.resolve<OfficerModuleService>(OFFICER_MODULE)
    if (undo.previous) await officers.updateProvincePolicies({ id: undo.id, auto_approve_producers: undo.previous.auto_approve_producers })
    else await officers.deleteProvincePolicies(undo.id)
  }
)

/** A province decides for itself, e.g. whether sign-ups are approved without review. */
export const setProvincePolicyWorkflow = createWorkflow("set-province-policy", (input: SetProvincePolicyInput) => {
  return new WorkflowResponse(upsertPolicyStep(input))
})
