import { data } from "react-router";

/**
 * Telling "the Medusa backend is down" apart from other errors, and turning
 * backend failures into responses the root ErrorBoundary knows how to show.
 */

/** Error codes of a backend we could not reach (Node/undici network errors). */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);

/** Thrown when the backend answers but cannot serve the shop yet (e.g. no VND region). */
export class BackendNotReadyError extends Error {
  override name = "BackendNotReadyError";
}

/** Thrown when the backend takes too long to answer. */
export class BackendTimeoutError extends Error {
  override name = "BackendTimeoutError";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The SDK's FetchError (and anything shaped like it): an Error that carries the
 * HTTP `status` and `statusText` of the backend's answer.
 */
export function httpStatusOf(error: unknown): number | null {
  if (!(error instanceof Error) || !("statusText" in error || "status" in error)) return null;
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" && status > 0 ? status : null;
}

function isFetchErrorLike(error: unknown): boolean {
  return error instanceof Error && ("statusText" in error || "status" in error);
}

/**
 * True when an error means the shop's backend is unavailable: the request
 * never got an answer (fetch failed, connection refused, DNS failure,
 * timeout), the SDK reports a FetchError without a status, or the backend
 * answered with a 5xx.
 */
export function isBackendDownError(error: unknown, depth = 0): boolean {
  if (!isObject(error) || depth > 5) return false;

  if (error instanceof BackendNotReadyError || error instanceof BackendTimeoutError) return true;

  const name = typeof error.name === "string" ? error.name : "";
  if (name === "AbortError" || name === "TimeoutError") return true;

  const code = typeof error.code === "string" ? error.code : "";
  if (UNREACHABLE_CODES.has(code)) return true;

  if (isFetchErrorLike(error)) {
    const status = httpStatusOf(error);
    if (status === null || status >= 500) return true;
  }

  // Node's fetch: TypeError("fetch failed", { cause: Error & { code } }).
  if (error instanceof TypeError && /fetch failed|failed to fetch|network/i.test(error.message)) {
    return true;
  }

  // Connecting to "localhost" tries ::1 and 127.0.0.1: an AggregateError.
  if (Array.isArray(error.errors) && error.errors.some((e) => isBackendDownError(e, depth + 1))) {
    return true;
  }

  return "cause" in error && isBackendDownError(error.cause, depth + 1);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = isObject(error.cause) ? ` (cause: ${String(error.cause.code ?? error.cause.message ?? "")})` : "";
  return `${error.name}: ${error.message}${cause}`;
}

/** The 503 response the root ErrorBoundary turns into "Cửa hàng đang tạm nghỉ". */
export function backendUnavailable() {
  return data(
    { reason: "backend-unavailable" as const },
    { status: 503, statusText: "Service Unavailable", headers: { "Retry-After": "30" } },
  );
}

export function notFound() {
  return data({ reason: "not-found" as const }, { status: 404, statusText: "Not Found" });
}

/**
 * Runs a backend call; a backend that is down becomes a thrown 503 response,
 * a backend 404 a thrown 404 response, anything else is re-thrown as is.
 */
export async function withBackend<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isBackendDownError(error)) {
      console.error(`[storefront] backend unavailable: ${describe(error)}`);
      throw backendUnavailable();
    }
    const status = httpStatusOf(error);
    if (status === 404) throw notFound();
    if (status !== null && error instanceof Error && /publishable/i.test(error.message)) {
      console.error(
        `[storefront] the backend rejected the publishable API key (${status}: ${error.message}); ` +
          "check MEDUSA_PUBLISHABLE_KEY",
      );
    }
    throw error;
  }
}

/** Rejects with BackendTimeoutError when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BackendTimeoutError(`backend did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
