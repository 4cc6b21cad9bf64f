import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/**
 * Records that certificates lapsed. Reading never depends on this mark (the
 * status follows the clock); it exists so the lapse is announced once.
 */
export const markExpiredStep = createStep(
  "mark-certificates-expired",
  async ({ ids, now }: { ids: string[]; now: Date }, { container }) => {
    if (!ids.length) return new StepResponse([], [])
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates(ids.map((id) => ({ id, expiry_recorded_at: now })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates(ids.map((id) => ({ id, expiry_recorded_at: null })))
  }
)
