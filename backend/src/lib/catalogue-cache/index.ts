import type { MedusaContainer } from "@medusajs/framework/types"
import { createAnswerCache } from "./answer-cache"
import { nextCatalogueChange } from "./clock"
import { catalogueAndStockGenerations, catalogueGeneration, stockGeneration, watchCatalogueEvents } from "./generation"
import { createStockOverlay } from "./stock-overlay"

export { catalogueChanged } from "./generation"

/**
 * How long an answer may be kept at most, for changes this process is not told
 * about (a search index rebuilt by another process without Redis); 0 turns the
 * cache off (CATALOGUE_CACHE_TTL_MS).
 */
const TTL_MS = Number(process.env.CATALOGUE_CACHE_TTL_MS ?? 10 * 60_000)
const MAX_ANSWERS = 1000

const caches = new Map<string, ReturnType<typeof createAnswerCache<any>>>()
const stock = createStockOverlay<object>({ generation: stockGeneration })

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null

/**
 * The answer of a catalogue route (product list, product page, search) for
 * these key parts, computed now or kept from an earlier request while neither
 * the catalogue nor the clock has changed it (answer-cache.ts). An answer that
 * shows quantities gives `restock`, which reads them again into a copy: the
 * answer is kept across stock changes and its quantities are read again once
 * after each (stock-overlay.ts). Search answers show stock from their
 * documents, whose change is a catalogue change.
 */
export async function cachedCatalogueAnswer<T>(
  container: MedusaContainer,
  scope: string,
  key: unknown[],
  compute: (now: Date) => Promise<T>,
  { restock }: { restock?: (answer: T) => Promise<T> } = {}
): Promise<T> {
  if (!(TTL_MS > 0)) return compute(new Date())
  watchCatalogueEvents(container)
  let cache = caches.get(scope)
  if (!cache) {
    cache = createAnswerCache<T>({ ttlMs: TTL_MS, maxEntries: MAX_ANSWERS, generation: catalogueGeneration })
    caches.set(scope, cache)
  }
  // An answer showing quantities reads both generations in one round trip.
  const generations = restock ? catalogueAndStockGenerations() : null
  const stockRead = generations?.then((g) => g.stock)
  stockRead?.catch(() => undefined)
  const answer: T = await cache.get(JSON.stringify(key), async () => {
    const now = new Date()
    const [value, validUntil] = await Promise.all([compute(now), nextCatalogueChange(container, now)])
    // Its quantities were read just now: nothing to read again until the stock moves.
    const stockBefore = await stockRead?.catch(() => null)
    if (isObject(value) && stockBefore && (await stockGeneration().catch(() => null)) === stockBefore) stock.computedAt(value, stockBefore)
    return { value, validUntil }
  }, generations?.then((g) => g.catalogue))
  if (!restock || !isObject(answer)) return answer
  return stock.current(answer, restock as (a: object) => Promise<object>, stockRead) as Promise<T>
}
