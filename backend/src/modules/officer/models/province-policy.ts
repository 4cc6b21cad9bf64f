import { model } from "@medusajs/framework/utils"

/** What a province has decided for itself; a province without a row uses the defaults. */
const ProvincePolicy = model.define("province_policy", {
  id: model.id({ prefix: "ppol" }).primaryKey(),
  province_code: model.text().unique(),
  // New producers who sign up in this province are approved at once.
  auto_approve_producers: model.boolean().default(false),
})

export default ProvincePolicy
