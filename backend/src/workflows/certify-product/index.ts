import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import type { CertificateDraft } from "../../modules/ocop/certificate-rules"
import { validateCertificateStep } from "./steps/validate-certificate"
import { createCertificateStep } from "./steps/create-certificate"

export type CertifyProductInput = CertificateDraft & {
  product_id: string
  evaluation_round?: string | null
  producer_address: string
  revoked_at?: Date | null
  revocation_reason?: string | null
}

export const CERTIFICATE_CREATED = "ocop_certificate.created"

/** Records an OCOP recognition decision for a product (its stars follow from it while it is in force). */
export const certifyProductWorkflow = createWorkflow("certify-product", (input: CertifyProductInput) => {
  const data = transform({ input }, ({ input }) => nfc(input))
  validateCertificateStep(data)
  const certificate = createCertificateStep(data)
  emitEventStep({
    eventName: CERTIFICATE_CREATED,
    data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id, product_id: certificate.product_id })),
  })
  return new WorkflowResponse(certificate)
})
