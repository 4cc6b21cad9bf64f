import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

// A booth product keeps the id of the Medusa product on show; this lets Query follow it.
export default defineLink({ linkable: FairModule.linkable.boothProduct, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
