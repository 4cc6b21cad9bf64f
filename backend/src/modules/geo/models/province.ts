import { model } from "@medusajs/framework/utils"

/** One of the 34 provincial units since 12/6/2025 (28 provinces and 6 cities). */
const Province = model.define("province", {
  id: model.id({ prefix: "prov" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  full_name: model.text(),
  kind: model.enum(["province", "city"]),
  slug: model.text().unique(),
})

export default Province
