import { model } from "@medusajs/framework/utils"

/**
 * A geographical indication (chỉ dẫn địa lý) or well-known region name such as
 * Phú Quốc or Buôn Ma Thuột: its own attribute, not an administrative unit.
 */
const OriginRegion = model.define("origin_region", {
  id: model.id({ prefix: "oreg" }).primaryKey(),
  slug: model.text().unique(),
  name: model.text().searchable(),
  kind: model.enum(["geographical_indication", "region"]),
  province_code: model.text().index(),
  description: model.text().nullable(),
})

export default OriginRegion
