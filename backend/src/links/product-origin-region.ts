import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GeoModule from "../modules/geo"

// A product may come from a geographical indication or region (Phú Quốc, Buôn Ma Thuột).
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  GeoModule.linkable.originRegion
)
