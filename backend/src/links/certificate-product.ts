import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// Certificates keep the product id themselves (it is part of their uniqueness rule); this lets Query follow it.
export default defineLink(
  { linkable: OcopModule.linkable.ocopCertificate, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
