import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

type Input = { id: string; reason: string; revoked_at?: Date }

export const revokeCertificateStep = createStep(
  "revoke-certificate",
  async ({ id, reason, revoked_at }: Input, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [certificate] = await ocop.listCertificates({ id })
    if (!certificate) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chứng nhận ${id}.`)
    }
    if (certificate.revoked_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chứng nhận này đã bị thu hồi trước đó.")
    }
    if (!reason.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cần ghi lý do thu hồi.")
    }
    const updated = await ocop.updateCertificates({ id, revoked_at: revoked_at ?? new Date(), revocation_reason: reason })
    return new StepResponse(updated, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates({ id, revoked_at: null, revocation_reason: null })
  }
)
