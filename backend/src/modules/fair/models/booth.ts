import { model } from "@medusajs/framework/utils"
import Fair from "./fair"
import BoothProduct from "./booth-product"

export const BOOTH_STATUSES = ["pending", "approved", "rejected"] as const

/** A producer's stand at a fair: applied for by the producer, decided by the organising province. */
const Booth = model
  .define("booth", {
    id: model.id({ prefix: "booth" }).primaryKey(),
    producer_id: model.text().index(),
    status: model.enum([...BOOTH_STATUSES]).default("pending"),
    number: model.number().nullable(),
    note: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    fair: model.belongsTo(() => Fair, { mappedBy: "booths" }),
    products: model.hasMany(() => BoothProduct, { mappedBy: "booth" }),
  })
  .cascades({ delete: ["products"] })
  .indexes([{ on: ["fair_id", "producer_id"], unique: true, where: "deleted_at IS NULL" }])

export default Booth
