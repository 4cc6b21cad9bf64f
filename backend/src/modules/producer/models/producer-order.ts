import { model } from "@medusajs/framework/utils"

export const PRODUCER_ORDER_STATUSES = ["pending", "confirmed", "shipped", "cancelled"] as const

/**
 * One producer's part of a purchase. The shopper pays once for the Medusa order
 * (the purchase, `order_id`); each producer ships and tracks its own part.
 * Items are a snapshot of the purchase's line items, in đồng.
 */
const ProducerOrder = model
  .define("producer_order", {
    id: model.id({ prefix: "pord" }).primaryKey(),
    order_id: model.text().index(),
    producer_id: model.text().index(),
    status: model.enum([...PRODUCER_ORDER_STATUSES]).default("pending"),
    items: model.json(),
    item_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    total: model.bigNumber(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "producer_id"], unique: true, where: "deleted_at IS NULL" }])

export default ProducerOrder
