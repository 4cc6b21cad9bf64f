/**
 * The shopper's backend calls (cart, checkout, orders): JSON in and out, the
 * publishable key, and the customer's token when one is logged in. An error
 * answer is a ShopApiError carrying the backend's Vietnamese message and, for
 * form errors, its per-field messages; a backend that is down a thrown 503.
 */
import { backendUnavailable, isBackendDownError, withTimeout } from "./backend-errors.server";
import { MEDUSA_BACKEND_URL } from "./medusa.server";
import { BACKEND_TIMEOUT_MS } from "./store-api.server";

export class ShopApiError extends Error {
  override name = "ShopApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly type: string | null = null,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function isShopApiError(error: unknown, status?: number): error is ShopApiError {
  return error instanceof ShopApiError && (status === undefined || error.status === status);
}

export interface ShopRequest {
  method?: "GET" | "POST" | "DELETE";
  /** The customer's token (Authorization: Bearer), when logged in. */
  token?: string | null;
  query?: Record<string, string | number | undefined | null>;
  json?: unknown;
  timeoutMs?: number;
}

function shopUrl(path: string, query?: ShopRequest["query"]): string {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** `fields` of a 400 answer: only string messages are kept. */
function fieldsOf(payload: unknown): Record<string, string> {
  const fields = (payload as { fields?: unknown } | null)?.fields;
  if (!fields || typeof fields !== "object") return {};
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export async function shopFetch<T>(path: string, request: ShopRequest = {}): Promise<T> {
  const headers = new Headers({ Accept: "application/json" });
  const key = process.env.MEDUSA_PUBLISHABLE_KEY;
  if (key) headers.set("x-publishable-api-key", key);
  if (request.token) headers.set("Authorization", `Bearer ${request.token}`);
  let body: string | undefined;
  if (request.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(request.json);
  }
  const method = request.method ?? (body !== undefined ? "POST" : "GET");
  let response: Response;
  try {
    response = await withTimeout(fetch(shopUrl(path, request.query), { method, headers, body }), request.timeoutMs ?? BACKEND_TIMEOUT_MS);
  } catch (error) {
    if (isBackendDownError(error)) {
      console.error(`[storefront] backend unavailable for ${method} ${path}: ${String(error)}`);
      throw backendUnavailable();
    }
    throw error;
  }
  const payload = (await response.json().catch(() => null)) as { message?: unknown; type?: unknown } | null;
  if (!response.ok) {
    if (response.status >= 500) {
      console.error(`[storefront] backend error ${response.status} for ${method} ${path}: ${String(payload?.message ?? "")}`);
      if (response.status === 502 || response.status === 503 || response.status === 504) throw backendUnavailable();
    }
    const message = typeof payload?.message === "string" ? payload.message : response.statusText;
    throw new ShopApiError(response.status, message, typeof payload?.type === "string" ? payload.type : null, fieldsOf(payload));
  }
  return payload as T;
}
