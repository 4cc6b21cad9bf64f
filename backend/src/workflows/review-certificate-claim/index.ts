import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { certifyProductWorkflow } from "../certify-product"
import { decideClaimStep } from "./steps/decide-claim"
import { loadClaimStep } from "./steps/load-claim"

export type ReviewCertificateClaimInput = { id: string; decision: "approve" | "reject"; note?: string | null }

/** An officer approves a claim (the certificate is recorded and the stars show) or rejects it with a reason. */
export const reviewCertificateClaimWorkflow = createWorkflow(
  "review-certificate-claim",
  (input: ReviewCertificateClaimInput) => {
    const claim = loadClaimStep(input)
    const certificate = when({ input }, ({ input }) => input.decision === "approve").then(() =>
      certifyProductWorkflow.runAsStep({
        input: transform({ claim }, ({ claim }) => ({
          product_id: claim.product_id,
          stars: claim.stars,
          score: claim.score,
          decision_number: claim.decision_number,
          decision_date: claim.decision_date,
          valid_from: claim.valid_from,
          expires_at: claim.expires_at,
          issuing_body: claim.issuing_body,
          issuer_level: claim.issuer_level,
          evaluation_round: claim.evaluation_round,
          producer_address: claim.producer_address,
        })),
      })
    )
    const decided = decideClaimStep(
      transform({ input, certificate }, ({ input, certificate }) => ({
        id: input.id,
        decision: input.decision,
        note: input.note,
        certificate_id: certificate?.id ?? null,
      }))
    )
    return new WorkflowResponse(decided)
  }
)
