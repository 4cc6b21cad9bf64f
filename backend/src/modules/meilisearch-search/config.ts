import { MEILISEARCH_PROVIDER_IDENTIFIER, type MeilisearchProviderOptions } from "./types"

export { MEILISEARCH_PROVIDER_IDENTIFIER }

/** Where medusa-config finds this provider (resolved from the backend folder, as the other local modules). */
export const MEILISEARCH_PROVIDER_RESOLVE = "./src/modules/meilisearch-search"

/** An entry of the Search Module's `providers` array. */
export interface MeilisearchProviderEntry {
  resolve: string
  id: string
  options: MeilisearchProviderOptions
}

/** Options that do not come from the environment (synonyms, limits, timeouts). */
export type MeilisearchExtraOptions = Omit<Partial<MeilisearchProviderOptions>, "host" | "apiKey" | "indexPrefix">

/**
 * The Meilisearch provider entry for the Search Module, or `null` when
 * MEILISEARCH_HOST is not set (PostgreSQL search stays the only provider):
 *
 * - MEILISEARCH_HOST: the server URL;
 * - MEILISEARCH_API_KEY: a key allowed to manage indexes, documents, settings
 *   and tasks; required in production, where Meilisearch always runs with a
 *   master key;
 * - MEILISEARCH_INDEX_PREFIX (optional): prepended to every index uid, so
 *   staging and production can share a server.
 */
export function meilisearchProvider(
  env: NodeJS.ProcessEnv = process.env,
  extra: MeilisearchExtraOptions = {}
): MeilisearchProviderEntry | null {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return null
  const apiKey = env.MEILISEARCH_API_KEY?.trim()
  if (!apiKey && env.NODE_ENV === "production") {
    throw new Error("MEILISEARCH_API_KEY must be set when MEILISEARCH_HOST is set in production (Meilisearch runs with a master key there).")
  }
  const indexPrefix = env.MEILISEARCH_INDEX_PREFIX?.trim()
  if (indexPrefix && !/^[A-Za-z0-9_-]+$/.test(indexPrefix)) {
    throw new Error(`MEILISEARCH_INDEX_PREFIX may only hold letters, digits, "-" and "_" (got "${indexPrefix}").`)
  }
  return {
    resolve: MEILISEARCH_PROVIDER_RESOLVE,
    id: MEILISEARCH_PROVIDER_IDENTIFIER,
    options: {
      ...extra,
      host,
      ...(apiKey ? { apiKey } : {}),
      ...(indexPrefix ? { indexPrefix } : {}),
    },
  }
}
