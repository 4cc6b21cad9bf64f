import { model } from "@medusajs/framework/utils"
import Booth from "./booth"

/**
 * A product a producer brings to its booth, with its fair price: a price in
 * đồng or a percentage off, applied through the fair's price list while live.
 */
const BoothProduct = model.define("booth_product", {
  id: model.id({ prefix: "bprod" }).primaryKey(),
  product_id: model.text().index(),
  fair_price: model.number().nullable(),
  discount_percent: model.number().nullable(),
  featured: model.boolean().default(false),
  booth: model.belongsTo(() => Booth, { mappedBy: "products" }),
})

export default BoothProduct
