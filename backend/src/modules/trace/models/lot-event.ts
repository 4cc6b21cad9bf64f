import { model } from "@medusajs/framework/utils"
import StampLot from "./stamp-lot"

export const LOT_EVENT_TYPES = ["harvest", "processing", "packing", "inspection", "shipping"] as const

/** One step of the lot's journey ("one step back, one step forward"). */
const LotEvent = model.define("lot_event", {
  id: model.id({ prefix: "lev" }).primaryKey(),
  type: model.enum([...LOT_EVENT_TYPES]),
  occurred_at: model.dateTime(),
  location: model.text().nullable(),
  note: model.text().nullable(),
  lot: model.belongsTo(() => StampLot, { mappedBy: "events" }),
})

export default LotEvent
