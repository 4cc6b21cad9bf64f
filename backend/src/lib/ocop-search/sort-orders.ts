/**
 * Orders the search index keeps sorted (medusa-config passes them to the
 * PostgreSQL provider: src/modules/search-postgres/sort-indexes.ts). Only a
 * query the provider answers on its own walks such an index: popular products
 * for a search that found nothing, and the stars-sorted page of a search
 * without words. The queries of one search's batch share one pass over their
 * matches (one-pass.ts) and sort those instead.
 */

/** Best-rated first, then newest: popular products, and the stars sort of a search without words. */
export const STARS_FIRST = { stars: "DESC", created_at: "DESC", id: "DESC" } as const

export const INDEXED_SORTS = [STARS_FIRST]
