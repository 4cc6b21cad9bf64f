import { MedusaError } from "@medusajs/framework/utils"

/** The request asks for something Meilisearch cannot do exactly; refused rather than approximated. */
export function unsupported(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Meilisearch search provider: ${message}`)
}

/** The request or the definition is wrong whatever the engine. */
export function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Meilisearch search provider: ${message}`)
}

type MeilisearchErrorLike = {
  name?: string
  message?: string
  cause?: { code?: string; message?: string; type?: string }
  response?: { status?: number; headers?: { get?(name: string): string | null } }
}

/** The `code` Meilisearch put on an API error (`index_not_found`, `invalid_search_filter`, …). */
export function meilisearchErrorCode(error: unknown): string | undefined {
  const code = (error as MeilisearchErrorLike)?.cause?.code
  return typeof code === "string" ? code : undefined
}

/**
 * Turns a Meilisearch client error into what the Search Module acts on:
 * - a missing index becomes NOT_FOUND, which makes the module re-resolve the
 *   active index version and retry once;
 * - a rate limit keeps `status: 429` (and `retry_after` in ms), which the
 *   module's seeding retries on;
 * - any other 4xx is the request's fault: INVALID_DATA with Meilisearch's message;
 * - anything else (network, 5xx) is passed on untouched.
 */
export function toMedusaError(error: unknown, action: string): unknown {
  if (error instanceof MedusaError) return error
  const e = error as MeilisearchErrorLike
  const status = e?.response?.status
  const code = meilisearchErrorCode(error)
  const detail = e?.cause?.message ?? e?.message ?? String(error)
  if (code === "index_not_found") {
    return new MedusaError(MedusaError.Types.NOT_FOUND, `Meilisearch search provider: ${action}: ${detail}`)
  }
  if (status === 429) {
    const retryAfter = Number(e.response?.headers?.get?.("retry-after"))
    Object.assign(error as object, {
      status: 429,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retry_after: retryAfter * 1000 } : {}),
    })
    return error
  }
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Meilisearch search provider: ${action}: ${detail}${code ? ` (${code})` : ""}`
    )
  }
  return error
}
