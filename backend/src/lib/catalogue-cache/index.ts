import type { MedusaContainer } from "@medusajs/framework/types"
import { createAnswerCache } from "./answer-cache"
import { nextCatalogueChange } from "./clock"
import { catalogueAndStockGeneration, catalogueGeneration, watchCatalogueEvents } from "./generation"

export { catalogueChanged } from "./generation"

/**
 * How long an answer may be kept at most, for changes this process is not told
 * about (a search index rebuilt by another process without Redis); 0 turns the
 * cache off (CATALOGUE_CACHE_TTL_MS).
 */
const TTL_MS = Number(process.env.CATALOGUE_CACHE_TTL_MS ?? 10 * 60_000)
const MAX_ANSWERS = 1000

const caches = new Map<string, ReturnType<typeof createAnswerCache<any>>>()

/**
 * The answer of a catalogue route (product list, product page, search) for
 * these key parts, computed now or kept from an earlier request while neither
 * the catalogue nor the clock has changed it (answer-cache.ts). An answer that
 * does not show quantities (`showsStock: false`) also outlives stock changes
 * (generation.ts).
 */
export async function cachedCatalogueAnswer<T>(
  container: MedusaContainer,
  scope: string,
  key: unknown[],
  compute: (now: Date) => Promise<T>,
  { showsStock = true }: { showsStock?: boolean } = {}
): Promise<T> {
  if (!(TTL_MS > 0)) return compute(new Date())
  watchCatalogueEvents(container)
  let cache = caches.get(scope)
  if (!cache) {
    const generation = showsStock ? catalogueAndStockGeneration : catalogueGeneration
    cache = createAnswerCache<T>({ ttlMs: TTL_MS, maxEntries: MAX_ANSWERS, generation })
    caches.set(scope, cache)
  }
  return cache.get(JSON.stringify(key), async () => {
    const now = new Date()
    const [value, validUntil] = await Promise.all([compute(now), nextCatalogueChange(container, now)])
    return { value, validUntil }
  })
}
