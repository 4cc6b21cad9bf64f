import { model } from "@medusajs/framework/utils"
import Fair from "./fair"

/** A livestream or talk on a fair's schedule. */
const FairSession = model.define("fair_session", {
  id: model.id({ prefix: "fses" }).primaryKey(),
  title: model.text(),
  kind: model.enum(["livestream", "talk", "tasting"]).default("livestream"),
  starts_at: model.dateTime(),
  ends_at: model.dateTime().nullable(),
  link_url: model.text().nullable(),
  host: model.text().nullable(),
  fair: model.belongsTo(() => Fair, { mappedBy: "sessions" }),
})

export default FairSession
