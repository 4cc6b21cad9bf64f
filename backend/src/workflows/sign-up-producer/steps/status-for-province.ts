import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICER_MODULE } from "../../../modules/officer"
import type OfficerModuleService from "../../../modules/officer/service"

/** A new producer waits for its province's officers, unless the province approves sign-ups automatically. */
export const statusForProvinceStep = createStep(
  "producer-sign-up-status",
  async ({ province_code }: { province_code: string }, { container }) => {
    const policy = await container.resolve<OfficerModuleService>(OFFICER_MODULE).policyFor(province_code)
    return new StepResponse(policy.auto_approve_producers ? ("approved" as const) : ("pending" as const))
  }
)
