import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { revokeCertificateStep } from "./steps/revoke-certificate"

export const CERTIFICATE_REVOKED = "ocop_certificate.revoked"

/** Withdraws a recognition: the product stays for sale but loses its stars and OCOP mark. */
export const revokeCertificateWorkflow = createWorkflow(
  "revoke-certificate",
  (input: { id: string; reason: string; revoked_at?: Date }) => {
    const data = transform({ input }, ({ input }) => nfc(input))
    const certificate = revokeCertificateStep(data)
    emitEventStep({
      eventName: CERTIFICATE_REVOKED,
      data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id, product_id: certificate.product_id })),
    })
    return new WorkflowResponse(certificate)
  }
)
