import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { ClaimCertificateInput } from "../index"

export const createClaimStep = createStep(
  "create-certificate-claim",
  async ({ trusted, ...claim }: ClaimCertificateInput, { container }) => {
    const created = await container.resolve<OcopModuleService>(OCOP_MODULE).createCertificateClaims(claim as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OcopModuleService>(OCOP_MODULE).deleteCertificateClaims(id)
  }
)
