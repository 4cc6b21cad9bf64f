import { model } from "@medusajs/framework/utils"
import StampLot from "./stamp-lot"

/** One printed QR stamp. The code is random and unguessable; every scan is counted. */
const Stamp = model.define("stamp", {
  id: model.id({ prefix: "stmp" }).primaryKey(),
  code: model.text().unique(),
  scan_count: model.number().default(0),
  first_scanned_at: model.dateTime().nullable(),
  last_scanned_at: model.dateTime().nullable(),
  lot: model.belongsTo(() => StampLot, { mappedBy: "stamps" }),
})

export default Stamp
