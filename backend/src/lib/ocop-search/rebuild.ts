import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_INDEX } from "./fields"

/**
 * Rebuilds the product index from the database: a new version of the index is
 * filled while the current one keeps answering, then swapped in. Resolves
 * once the new version serves searches. `productIds` rewrites only those
 * products, in place.
 */
export async function rebuildProductSearchIndex(container: MedusaContainer, { productIds }: { productIds?: string[] } = {}) {
  const searchModule = container.resolve(Modules.SEARCH)
  if (productIds) {
    if (!productIds.length) return { indexes: [] as string[] }
    return await searchModule.reindex({ index: PRODUCT_INDEX, strategy: "in_place", filters: { id: productIds } })
  }
  return await searchModule.reindex({ index: PRODUCT_INDEX })
}

/**
 * Makes sure the product index has a version serving reads, building it from
 * the database if it has none yet (right after `db:migrate`). Until then the
 * Search Module cannot apply events, so a seed run before the first server
 * start would log an error for each of its events.
 */
export async function ensureProductSearchIndex(container: MedusaContainer) {
  const searchModule = container.resolve(Modules.SEARCH)
  const index = (await searchModule.listIndexes()).find((i) => i.name === PRODUCT_INDEX)
  if (index?.status !== "ready") await searchModule.reindex({ index: PRODUCT_INDEX })
}

/** How many documents the product index holds now (for logs and checks). */
export async function productIndexSize(container: MedusaContainer): Promise<number | null> {
  const { metadata } = await container
    .resolve(Modules.SEARCH)
    .search({ entity: PRODUCT_INDEX, pagination: { take: 0 }, search_options: { count: "exact" } })
  return metadata.count
}
