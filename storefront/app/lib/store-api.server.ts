import { withTimeout } from "./backend-errors.server";
import { sdk } from "./medusa.server";

/** How long one backend call may take before the page gives up (ms). */
export const BACKEND_TIMEOUT_MS = Number(process.env.MEDUSA_TIMEOUT_MS) || 10_000;

/**
 * GET a store API route through the SDK (which sends the publishable key),
 * with the storefront's timeout. Errors are the SDK's: a FetchError with the
 * HTTP status, or a network error; wrap calls in `withBackend`.
 */
export function storeGet<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
  const clean = query
    ? Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))
    : undefined;
  return withTimeout(
    sdk.client.fetch<T>(path, { method: "GET", ...(clean && Object.keys(clean).length ? { query: clean } : {}) }),
    BACKEND_TIMEOUT_MS,
  );
}

/**
 * Keeps the result of `load` for `ttlMs` in module memory (shared by all
 * requests). A failed load is not kept: the next call tries again.
 */
export function cached<T>(ttlMs: number, load: () => Promise<T>, now: () => number = Date.now) {
  let entry: { promise: Promise<T>; expiresAt: number } | null = null;
  const get = (): Promise<T> => {
    if (entry && entry.expiresAt > now()) return entry.promise;
    const promise = load();
    const current = { promise, expiresAt: now() + ttlMs };
    entry = current;
    promise.catch(() => {
      if (entry === current) entry = null;
    });
    return promise;
  };
  get.reset = () => {
    entry = null;
  };
  return get;
}
