/**
 * Search answers kept in this process's memory. A broad query ("trà") matches
 * a quarter of the catalogue, and its counts and facets cost PostgreSQL a few
 * hundred milliseconds; shoppers ask the same few hundred questions again and
 * again. An answer is kept until the first of:
 * - the index is written (its generation changes: see index-generation.ts);
 * - `validUntil`, the moment the answer would read differently by the clock
 *   alone (the next certificate lapse, so stars never outlive their certificate);
 * - `ttlMs` has passed (a safety net for writes this process cannot see).
 * Shoppers asking the same question at the same time share one computation.
 */
export type CachedAnswer<T> = { value: T; validUntil: number }

type Entry<T> = { value: T; generation: string; expiresAt: number }

export type AnswerCacheOptions = {
  ttlMs: number
  maxEntries: number
  generation: () => Promise<string>
  now?: () => number
}

export function createAnswerCache<T>({ ttlMs, maxEntries, generation, now = Date.now }: AnswerCacheOptions) {
  // A Map keeps insertion order: the first key is the least recently used.
  const entries = new Map<string, Entry<T>>()
  const computing = new Map<string, Promise<T>>()

  /** `justRead`: the generation, when the caller has just read it (with another, in one round trip). */
  async function get(key: string, compute: () => Promise<CachedAnswer<T>>, justRead?: Promise<string>): Promise<T> {
    let current: string
    try {
      current = await (justRead ?? generation())
    } catch {
      // Without a trustworthy generation nothing is cached: answers stay correct, only slower.
      return (await compute()).value
    }
    const entry = entries.get(key)
    if (entry && entry.generation === current && entry.expiresAt > now()) {
      entries.delete(key)
      entries.set(key, entry)
      return entry.value
    }
    if (entry) entries.delete(key)

    const flightKey = `${current}\u0000${key}`
    const pending = computing.get(flightKey)
    if (pending) return pending
    const promise = (async () => {
      const { value, validUntil } = await compute()
      // An answer computed while the index changed may hold the old data: not kept.
      if ((await generation().catch(() => null)) === current) {
        entries.set(key, { value, generation: current, expiresAt: Math.min(now() + ttlMs, validUntil) })
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
      }
      return value
    })()
    computing.set(flightKey, promise)
    try {
      return await promise
    } finally {
      computing.delete(flightKey)
    }
  }

  return { get, clear: () => entries.clear(), get size() { return entries.size } }
}
