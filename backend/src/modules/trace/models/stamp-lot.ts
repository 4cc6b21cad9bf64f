import { model } from "@medusajs/framework/utils"
import Stamp from "./stamp"
import LotEvent from "./lot-event"

/** A production lot of one product; each item of the lot carries one stamp. */
const StampLot = model
  .define("stamp_lot", {
    id: model.id({ prefix: "slot" }).primaryKey(),
    product_id: model.text().index(),
    producer_id: model.text().index(),
    lot_code: model.text(),
    produced_at: model.dateTime(),
    expires_at: model.dateTime().nullable(),
    quantity: model.number(),
    stamps: model.hasMany(() => Stamp, { mappedBy: "lot" }),
    events: model.hasMany(() => LotEvent, { mappedBy: "lot" }),
  })
  .cascades({ delete: ["stamps", "events"] })
  .indexes([{ on: ["product_id", "lot_code"], unique: true, where: "deleted_at IS NULL" }])

export default StampLot
