import { model } from "@medusajs/framework/utils"
import { ISSUER_LEVELS } from "./certificate"

export const CLAIM_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * A certificate a producer declares for its product. It changes nothing in the
 * shop until an officer approves it; approval records the certificate itself.
 */
const CertificateClaim = model.define("ocop_certificate_claim", {
  id: model.id({ prefix: "oclm" }).primaryKey(),
  product_id: model.text().index(),
  producer_id: model.text().index(),
  status: model.enum([...CLAIM_STATUSES]).default("pending"),
  review_note: model.text().nullable(),
  reviewed_at: model.dateTime().nullable(),
  certificate_id: model.text().nullable(),
  stars: model.number(),
  score: model.number().nullable(),
  decision_number: model.text(),
  decision_date: model.dateTime(),
  valid_from: model.dateTime().nullable(),
  expires_at: model.dateTime().nullable(),
  issuing_body: model.text(),
  issuer_level: model.enum([...ISSUER_LEVELS]),
  evaluation_round: model.text().nullable(),
  producer_address: model.text(),
})

export default CertificateClaim
