import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ProductSearchDocument } from "./fields"
import { buildProductDocuments, PRODUCT_SOURCE_FIELDS } from "./documents"

type Query = Omit<RemoteQueryFunction, symbol>

/** Products whose documents are rebuilt together: events arriving within this many ms share one read. */
const GATHER_MS = 10

type Waiter = { ids: string[]; resolve: (docs: ProductSearchDocument[]) => void; reject: (error: unknown) => void }

let waiting: Waiter[] = []
let timer: NodeJS.Timeout | null = null
let running = 0
let consuming = 0

/** Runs an event's consumption, counted so `whenSearchIdle` knows work is under way. */
export async function tracked<T>(work: () => Promise<T>): Promise<T> {
  consuming++
  try {
    return await work()
  } finally {
    consuming--
  }
}

/**
 * The current search documents of some products, read in batches: creating 79
 * products emits some 500 events (product, variants, prices, stock), and each
 * would otherwise read its product and everything around it on its own.
 * Each batch reads the database after every event that joined it was emitted.
 */
export function productDocumentsOf(query: Query, ids: string[]): Promise<ProductSearchDocument[]> {
  return new Promise((resolve, reject) => {
    waiting.push({ ids, resolve, reject })
    timer ??= setTimeout(() => {
      const batch = waiting
      waiting = []
      timer = null
      running++
      void flush(query, batch).finally(() => running--)
    }, GATHER_MS)
  })
}

async function flush(query: Query, batch: Waiter[]) {
  try {
    const ids = [...new Set(batch.flatMap((w) => w.ids))]
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_SOURCE_FIELDS, filters: { id: ids } })
    const documents = new Map((await buildProductDocuments(query, data)).map((d) => [d.id, d]))
    for (const waiter of batch) waiter.resolve(waiter.ids.map((id) => documents.get(id)).filter((d): d is ProductSearchDocument => !!d))
  } catch (error) {
    for (const waiter of batch) waiter.reject(error)
  }
}

/**
 * Resolves once no product documents have been waiting or building for
 * `quietMs`: the events of a change have been turned into documents. Events
 * are delivered in the background, so scripts and tests that must not leave
 * work behind (or must see its result) wait on this.
 */
export async function whenSearchIdle({ quietMs = 300, timeoutMs = 30_000 } = {}) {
  const started = Date.now()
  let quietSince = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (consuming || running || waiting.length || timer) quietSince = Date.now()
    if (Date.now() - quietSince >= quietMs) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
