import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const loadClaimStep = createStep("load-certificate-claim", async ({ id }: { id: string }, { container }) => {
  const [claim] = await container.resolve<OcopModuleService>(OCOP_MODULE).listCertificateClaims({ id })
  if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy khai báo chứng nhận ${id}.`)
  if (claim.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Khai báo này đã được xét duyệt.")
  return new StepResponse(claim)
})
