import { model } from "@medusajs/framework/utils"

/** An officer of one province's OCOP office (actor type "officer"): approves producers and products there. */
const ProvinceOfficer = model.define("province_officer", {
  id: model.id({ prefix: "poff" }).primaryKey(),
  name: model.text(),
  email: model.text().unique(),
  province_code: model.text().index(),
})

export default ProvinceOfficer
