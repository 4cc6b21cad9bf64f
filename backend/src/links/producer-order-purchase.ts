import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerModule from "../modules/producer"

// A producer order keeps the id of the purchase (the Medusa order the shopper paid); this lets Query follow it.
export default defineLink(
  { linkable: ProducerModule.linkable.producerOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
