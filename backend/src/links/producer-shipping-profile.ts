import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import ProducerModule from "../modules/producer"

// Every producer ships its own parcels: its products use its shipping profile,
// so a cart has one delivery choice per producer.
export default defineLink(ProducerModule.linkable.producer, FulfillmentModule.linkable.shippingProfile)
