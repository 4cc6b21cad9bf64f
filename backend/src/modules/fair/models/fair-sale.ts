import { model } from "@medusajs/framework/utils"

/** A line of an order placed while the fair was live, for a product on one of its booths. */
const FairSale = model
  .define("fair_sale", {
    id: model.id({ prefix: "fsale" }).primaryKey(),
    fair_id: model.text().index(),
    booth_id: model.text().index(),
    order_id: model.text(),
    product_id: model.text(),
    product_title: model.text(),
    quantity: model.number(),
    revenue: model.number(),
    day: model.text(),
    sold_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id", "product_id", "fair_id"], unique: true, where: "deleted_at IS NULL" }])

export default FairSale
