import { model } from "@medusajs/framework/utils"

/** A commune-level unit (xã, phường, đặc khu) since 1/7/2025, when districts were abolished. */
const Commune = model.define("commune", {
  id: model.id({ prefix: "comm" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  kind: model.enum(["xa", "phuong", "dac_khu"]),
  province_code: model.text().index(),
})

export default Commune
