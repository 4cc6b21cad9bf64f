import { model } from "@medusajs/framework/utils"

/**
 * A province as it was before the 2025 merger. Certificates and people still
 * use these names, so a search for "Bạc Liêu" must lead to Cà Mau.
 */
const LegacyProvince = model.define("legacy_province", {
  id: model.id({ prefix: "lprov" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  slug: model.text().unique(),
  merged_into_code: model.text().index(),
})

export default LegacyProvince
