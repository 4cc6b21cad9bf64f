import { Module } from "@medusajs/framework/utils"
import SearchVietnameseService from "./service"

export const SEARCH_VIETNAMESE_MODULE = "search_vietnamese"

/**
 * Holds no data: it exists for its migrations, the PostgreSQL side of search.
 * They create the text search configuration `medusa_search_vietnamese`
 * (unaccent over `simple`, no stemming) that the Search Module's PostgreSQL
 * provider uses when it is configured with `language: "vietnamese"` (see
 * medusa-config.ts), and move index tables made before
 * src/modules/search-postgres/storage.ts to its storage layout.
 */
export default Module(SEARCH_VIETNAMESE_MODULE, {
  service: SearchVietnameseService,
})
