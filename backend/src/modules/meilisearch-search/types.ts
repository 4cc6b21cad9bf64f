/**
 * The identifier index definitions and the Search Module's `default_provider`
 * use to pick this provider. Also used as the provider's `id` in medusa-config,
 * and as the key of `provider_options` (`{ meilisearch: { ... } }`).
 */
export const MEILISEARCH_PROVIDER_IDENTIFIER = "meilisearch"

/**
 * Several names for one thing. Either groups of interchangeable terms
 * (`[["cà phê", "cafe", "coffee"]]`, every term finds the others) or
 * Meilisearch's own one-way map (`{ "coffee": ["cà phê"] }`).
 */
export type SynonymsInput = string[][] | Record<string, string[]>

/** What goes in the provider's `options` in medusa-config. */
export interface MeilisearchProviderOptions {
  /** Meilisearch URL, e.g. `https://search.example.vn`. */
  host: string
  /** A key allowed to manage indexes, documents, settings and tasks (not a search-only key). */
  apiKey?: string
  /**
   * Prepended to every index uid this provider creates, so several environments
   * can share one Meilisearch server ("staging_" → `staging_product_v1`).
   * Letters, digits, `-` and `_` only.
   */
  indexPrefix?: string
  /** Synonyms applied to every index this provider manages (index definitions can add their own). */
  synonyms?: SynonymsInput
  /**
   * Meilisearch's `pagination.maxTotalHits`: how deep `skip + take` may go and the
   * ceiling of every count. An exact count that reaches it is refused rather
   * than reported short. Default 20 000.
   */
  maxTotalHits?: number
  /**
   * Meilisearch's `faceting.maxValuesPerFacet`: how many distinct values a value
   * facet can see. Default 1 000.
   */
  maxValuesPerFacet?: number
  /** How long to wait for a write to be applied before giving up, in ms. Default 120 000. */
  taskTimeoutMs?: number
  /** How often to poll a pending write, in ms. Default 250. */
  taskIntervalMs?: number
  /** Timeout of each HTTP request to Meilisearch, in ms. Default 10 000. */
  requestTimeoutMs?: number
}

export type ResolvedProviderOptions = Required<
  Pick<MeilisearchProviderOptions, "host" | "indexPrefix" | "maxTotalHits" | "maxValuesPerFacet" | "taskTimeoutMs" | "taskIntervalMs" | "requestTimeoutMs">
> &
  Pick<MeilisearchProviderOptions, "apiKey" | "synonyms">

export const DEFAULT_MAX_TOTAL_HITS = 20_000
export const DEFAULT_MAX_VALUES_PER_FACET = 1_000
export const DEFAULT_TASK_TIMEOUT_MS = 120_000
export const DEFAULT_TASK_INTERVAL_MS = 250
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000

/** Page size when the module does not ask for one, same as the Search Module's own default. */
export const DEFAULT_TAKE = 20
/** Values returned per value facet when the request names no limit (as the first-party providers do). */
export const DEFAULT_FACET_LIMIT = 10
