import { Module } from "@medusajs/framework/utils"
import SearchVietnameseService from "./service"

export const SEARCH_VIETNAMESE_MODULE = "search_vietnamese"

/**
 * Holds no data: it exists for its migration, which creates the PostgreSQL
 * text search configuration `medusa_search_vietnamese` (unaccent over `simple`,
 * no stemming) that the Search Module's PostgreSQL provider uses when it is
 * configured with `language: "vietnamese"` (see medusa-config.ts).
 */
export default Module(SEARCH_VIETNAMESE_MODULE, {
  service: SearchVietnameseService,
})
