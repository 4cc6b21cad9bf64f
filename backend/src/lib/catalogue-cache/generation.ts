import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { PRODUCT_INDEX_EVENTS } from "../ocop-search/events"

/**
 * A number that changes whenever the catalogue changes, so answers computed
 * from it can tell they are out of date. It moves when an event reports a
 * product, price, stock, certificate or producer change (the moment the event
 * is emitted, as Medusa's own Caching Module invalidates), after each write to
 * the product search index, and when a fair changes. One process counts in
 * memory; with REDIS_URL the count lives in Redis too, so every server sees
 * a change made through any of them or the worker.
 */
const REDIS_KEY = "ocop:catalogue:generation"

let local = 0
let redis: Redis | null | undefined

function redisClient(): Redis | null {
  if (redis === undefined) {
    const url = process.env.REDIS_URL
    redis = url ? new Redis(url, { maxRetriesPerRequest: 1, connectionName: "cho-ocop-catalogue-generation" }) : null
  }
  return redis
}

/** The current generation; rejects when Redis is configured but does not answer (callers then skip caching). */
export async function catalogueGeneration(): Promise<string> {
  const client = redisClient()
  return client ? `${local}:${(await client.get(REDIS_KEY)) ?? 0}` : String(local)
}

/** Marks every cached catalogue answer stale. */
export async function catalogueChanged(): Promise<void> {
  local++
  await redisClient()?.incr(REDIS_KEY)
}

const CATALOGUE_EVENTS = new Set(PRODUCT_INDEX_EVENTS)
let watching = false

/** Marks answers stale as soon as this process emits a catalogue event (once per process). */
export function watchCatalogueEvents(container: MedusaContainer) {
  if (watching) return
  watching = true
  container.resolve(Modules.EVENT_BUS).addInterceptor?.(async (message: { name: string }) => {
    // Modules emit their own events with the module's name in front ("inventory.reservation-item.deleted").
    const name = message.name.split(".").slice(-2).join(".")
    if (CATALOGUE_EVENTS.has(message.name) || CATALOGUE_EVENTS.has(name)) await catalogueChanged().catch(() => undefined)
  })
}
