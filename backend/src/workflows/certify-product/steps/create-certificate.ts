import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { withDefaultDates } from "../../../modules/ocop/certificate-rules"
import type { CertifyProductInput } from "../index"

export const createCertificateStep = createStep(
  "create-certificate",
  async (input: CertifyProductInput, { container }) => {
    const certificate = await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .createCertificates(withDefaultDates(input))
    return new StepResponse(certificate, certificate.id)
  },
  async (certificateId, { container }) => {
    if (!certificateId) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteCertificates(certificateId)
  }
)
