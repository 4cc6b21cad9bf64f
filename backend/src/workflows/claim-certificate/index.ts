import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { nfc } from "../../utils/nfc"
import type { CertifyProductInput } from "../certify-product"
import { validateCertificateStep } from "../certify-product/steps/validate-certificate"
import { createClaimStep } from "./steps/create-claim"
import { reviewCertificateClaimWorkflow } from "../review-certificate-claim"

export type ClaimCertificateInput = CertifyProductInput & { producer_id: string; trusted: boolean }

/**
 * A producer declares a certificate for its product. The rules are checked
 * now; the stars change only when an officer approves (a trusted producer's
 * claim is approved at once).
 */
export const claimCertificateWorkflow = createWorkflow("claim-certificate", (input: ClaimCertificateInput) => {
  const data = transform({ input }, ({ input }) => nfc(input))
  validateCertificateStep(data)
  const claim = createClaimStep(data)
  const approved = when({ data }, ({ data }) => data.trusted).then(() =>
    reviewCertificateClaimWorkflow.runAsStep({
      input: transform({ claim }, ({ claim }) => ({ id: claim.id, decision: "approve" as const })),
    })
  )
  return new WorkflowResponse(transform({ claim, approved }, ({ claim, approved }) => approved ?? claim))
})
