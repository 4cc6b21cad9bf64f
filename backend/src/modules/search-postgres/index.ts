import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OcopPostgresSearchService } from "./service"

/**
 * The PostgreSQL search provider (Medusa's) that tells cached search answers
 * when the index changes. medusa-config registers it as "postgres"; its
 * identifier stays Medusa's "search-postgres".
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [OcopPostgresSearchService],
})

// Medusa's provider package holds the migrations (extensions, the catalog table): they run from there.
export const discoveryPath = require.resolve("@medusajs/search-postgres")
