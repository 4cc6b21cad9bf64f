import { model } from "@medusajs/framework/utils"

export const ISSUER_LEVELS = ["district", "province", "ministry"] as const

/**
 * An OCOP recognition decision (quyết định công nhận) for one product. Whether
 * it is valid is never stored: it follows the clock (see certificate-status.ts).
 * The product keeps every certificate it ever had.
 */
const Certificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    product_id: model.text().index(),
    stars: model.number(),
    score: model.number().nullable(),
    decision_number: model.text().searchable(),
    decision_date: model.dateTime(),
    valid_from: model.dateTime(),
    expires_at: model.dateTime().index(),
    issuing_body: model.text(),
    issuer_level: model.enum([...ISSUER_LEVELS]),
    evaluation_round: model.text().nullable(),
    // Exactly as written on the decision: old province and district names included.
    producer_address: model.text(),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    // Bookkeeping of the daily job, so each notice is sent once.
    expiry_notice_sent_at: model.dateTime().nullable(),
    expiry_recorded_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      on: ["product_id", "decision_number"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default Certificate
