/**
 * Orders of searches without words, which the search index keeps sorted
 * (medusa-config passes them to the PostgreSQL provider:
 * src/modules/search-postgres/sort-indexes.ts).
 */

/** Best-rated first, then newest: popular products, and the stars sort of a search without words. */
export const STARS_FIRST = { stars: "DESC", created_at: "DESC", id: "DESC" } as const

/** Newest first: a search without words and without a chosen sort. */
export const NEWEST_FIRST = { created_at: "DESC", id: "DESC" } as const

export const WORDLESS_SORTS = [STARS_FIRST, NEWEST_FIRST]
