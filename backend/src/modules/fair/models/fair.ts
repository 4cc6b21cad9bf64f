import { model } from "@medusajs/framework/utils"
import Booth from "./booth"
import FairSession from "./fair-session"

export const FAIR_STATUSES = ["draft", "published", "cancelled"] as const
export const FAIR_KINDS = ["hoi_cho", "tuan_le", "cho_phien"] as const

/**
 * An online trade fair (hội chợ, tuần lễ, chợ phiên OCOP), organised by a
 * province or nationally (no province). Its phase (upcoming, live, ended)
 * comes from the clock, never from a stored flag. Fair prices live in a Medusa
 * price list (`price_list_id`) valid exactly from `starts_at` to `ends_at`.
 */
const Fair = model
  .define("fair", {
    id: model.id({ prefix: "fair" }).primaryKey(),
    slug: model.text().unique(),
    name: model.text(),
    kind: model.enum([...FAIR_KINDS]).default("hoi_cho"),
    organiser_province_code: model.text().index().nullable(),
    description: model.text().nullable(),
    banner_url: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum([...FAIR_STATUSES]).default("draft"),
    price_list_id: model.text().nullable(),
    booths: model.hasMany(() => Booth, { mappedBy: "fair" }),
    sessions: model.hasMany(() => FairSession, { mappedBy: "fair" }),
  })
  .cascades({ delete: ["booths", "sessions"] })

export default Fair
