import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { PRODUCT_INDEX_EVENTS } from "../ocop-search/events"

/**
 * Numbers that change whenever the catalogue changes, so answers computed
 * from it can tell they are out of date. There are two, because stock moves
 * with every order while the rest of the catalogue rarely does:
 * - the catalogue generation moves when an event reports a product, price,
 *   certificate or producer change (the moment the event is emitted, as
 *   Medusa's own Caching Module invalidates), when a fair changes, and when a
 *   write to the product search index changes a document;
 * - the stock generation moves on inventory level and reservation events.
 * Answers are kept by the catalogue generation; the quantities of product
 * lists and pages are read again when the stock one moves (stock-overlay.ts).
 * Search answers show the index's `in_stock`, whose change is a document
 * change. One process counts in memory; with REDIS_URL the counts live in
 * Redis too, so every server sees a change made through any of them or the
 * worker.
 */
function counter(redisKey: string) {
  let local = 0
  return {
    redisKey,
    local: () => local,
    async bump(client: Redis | null) {
      local++
      await client?.incr(redisKey)
    },
  }
}

type Counter = ReturnType<typeof counter>

/** The counters' values ("local:shared" with Redis, "local" without), read from Redis in one round trip. */
async function read(client: Redis | null, ...counters: Counter[]): Promise<string[]> {
  const shared = client ? await client.mget(...counters.map((c) => c.redisKey)) : null
  return counters.map((c, i) => (shared ? `${c.local()}:${shared[i] ?? 0}` : String(c.local())))
}

const catalogue = counter("ocop:catalogue:generation")
const stock = counter("ocop:stock:generation")

let redis: Redis | null | undefined

function redisClient(): Redis | null {
  if (redis === undefined) {
    const url = process.env.REDIS_URL
    redis = url ? new Redis(url, { maxRetriesPerRequest: 1, connectionName: "cho-ocop-catalogue-generation" }) : null
  }
  return redis
}

/** The catalogue generation; rejects when Redis is configured but does not answer (callers then skip caching). */
export async function catalogueGeneration(): Promise<string> {
  return (await read(redisClient(), catalogue))[0]
}

/** The stock generation, for the quantities of kept answers (stock-overlay.ts). */
export async function stockGeneration(): Promise<string> {
  return (await read(redisClient(), stock))[0]
}

/** Both, in one round trip: what a product list or page asks first. */
export async function catalogueAndStockGenerations(): Promise<{ catalogue: string; stock: string }> {
  const [catalogueValue, stockValue] = await read(redisClient(), catalogue, stock)
  return { catalogue: catalogueValue, stock: stockValue }
}

/** Marks every cached catalogue answer stale. */
export function catalogueChanged(): Promise<void> {
  return catalogue.bump(redisClient())
}

/** Marks the quantities of kept answers stale. */
function stockChanged(): Promise<void> {
  return stock.bump(redisClient())
}

const STOCK_ENTITIES = new Set(["inventory-level", "reservation-item"])
const CATALOGUE_EVENTS = new Set(PRODUCT_INDEX_EVENTS)

/**
 * Marks what a catalogue event makes stale: quantities for stock events, the whole catalogue for the
 * rest, nothing for events that are not about the catalogue. Modules emit their own events with the
 * module's name in front ("inventory.reservation-item.deleted").
 */
export async function catalogueEventHeard(eventName: string): Promise<void> {
  const name = eventName.split(".").slice(-2).join(".")
  if (!CATALOGUE_EVENTS.has(eventName) && !CATALOGUE_EVENTS.has(name)) return
  await (STOCK_ENTITIES.has(name.split(".")[0]) ? stockChanged() : catalogueChanged())
}

let watching = false

/** Marks answers stale as soon as this process emits a catalogue event (once per process). */
export function watchCatalogueEvents(container: MedusaContainer) {
  if (watching) return
  watching = true
  container.resolve(Modules.EVENT_BUS).addInterceptor?.(async (message: { name: string }) => {
    await catalogueEventHeard(message.name).catch(() => undefined)
  })
}
