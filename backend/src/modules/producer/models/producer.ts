import { model } from "@medusajs/framework/utils"
import ProducerMember from "./producer-member"

export const PRODUCER_TYPES = ["enterprise", "cooperative", "cooperative_group", "household"] as const
export const PRODUCER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const

/**
 * A chủ thể OCOP: the enterprise, cooperative, cooperative group or household
 * business that makes and sells OCOP products. Its location is the current
 * (post-2025) province and commune.
 */
const Producer = model.define("producer", {
  id: model.id({ prefix: "pdcr" }).primaryKey(),
  name: model.text().searchable(),
  slug: model.text().unique(),
  type: model.enum([...PRODUCER_TYPES]),
  story: model.text().nullable(),
  contact_name: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  address: model.text().nullable(),
  logo_url: model.text().nullable(),
  province_code: model.text().index(),
  commune_code: model.text(),
  status: model.enum([...PRODUCER_STATUSES]).default("pending"),
  approved_at: model.dateTime().nullable(),
  suspended_at: model.dateTime().nullable(),
  suspension_reason: model.text().nullable(),
  rejection_reason: model.text().nullable(),
  // A trusted producer's new products and certificate claims go public without an officer's review.
  trusted: model.boolean().default(false),
  // Business papers uploaded at sign-up (files of Medusa's file module): [{ id, url, filename }].
  papers: model.json().nullable(),
  members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
})

export default Producer
