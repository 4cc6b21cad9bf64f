import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

/**
 * Meilisearch provider for Medusa's Search Module. Registered by
 * medusa-config through `meilisearchProvider()` (config.ts) when
 * MEILISEARCH_HOST is set; index definitions select it as "meilisearch".
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchService],
})
