/**
 * The one fetch to the backend's own routes that the shop, account and
 * portal clients share: the publishable key, the caller's token (per call:
 * nothing is kept between requests), JSON (or a FormData upload) in and JSON
 * out, the storefront's timeout. A backend that cannot be reached (or answers
 * 502/503/504) is a thrown 503 for the root ErrorBoundary; any other error
 * answer goes to the caller's `refuse`, which makes its typed error.
 */
import { backendUnavailable, isBackendDownError, withTimeout } from "./backend-errors.server";
import { MEDUSA_BACKEND_URL } from "./medusa.server";
import { BACKEND_TIMEOUT_MS } from "./store-api.server";

export type BackendQuery = Record<string, string | number | undefined | null>;

export interface BackendRequest {
  method?: "GET" | "POST" | "DELETE";
  /** Authorization: Bearer, when given. */
  token?: string | null;
  query?: BackendQuery;
  json?: unknown;
  /** A multipart body (sent as is, instead of `json`). */
  form?: FormData;
  timeoutMs?: number;
}

/** What an error answer said: `{ type, message, fields? }` and its Retry-After. */
export interface BackendRefusal {
  status: number;
  /** The backend's message (Vietnamese), else the status text. */
  message: string;
  type: string | null;
  /** Per-field messages; only string ones are kept, `{}` when none. */
  fields: Record<string, string>;
  /** Seconds, from a positive Retry-After header. */
  retryAfter: number | null;
}

/** The backend URL of `path`, with the query's non-empty values. */
export function backendUrl(path: string, query?: BackendQuery): string {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function stringFields(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export async function backendFetch<T>(path: string, request: BackendRequest, refuse: (refusal: BackendRefusal) => Error): Promise<T> {
  const headers = new Headers({ Accept: "application/json" });
  const key = process.env.MEDUSA_PUBLISHABLE_KEY;
  if (key) headers.set("x-publishable-api-key", key);
  if (request.token) headers.set("Authorization", `Bearer ${request.token}`);
  let body: BodyInit | undefined;
  if (request.form) body = request.form;
  else if (request.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(request.json);
  }
  const method = request.method ?? (body !== undefined ? "POST" : "GET");
  let response: Response;
  try {
    response = await withTimeout(fetch(backendUrl(path, request.query), { method, headers, body }), request.timeoutMs ?? BACKEND_TIMEOUT_MS);
  } catch (error) {
    if (isBackendDownError(error)) {
      console.error(`[storefront] backend unavailable for ${method} ${path}: ${String(error)}`);
      throw backendUnavailable();
    }
    throw error;
  }
  const payload = (await response.json().catch(() => null)) as { message?: unknown; type?: unknown; fields?: unknown } | null;
  if (!response.ok) {
    if (response.status >= 500) {
      console.error(`[storefront] backend error ${response.status} for ${method} ${path}: ${String(payload?.message ?? "")}`);
      if (response.status === 502 || response.status === 503 || response.status === 504) throw backendUnavailable();
    }
    const retryAfter = Number(response.headers.get("Retry-After"));
    throw refuse({
      status: response.status,
      message: typeof payload?.message === "string" ? payload.message : response.statusText,
      type: typeof payload?.type === "string" ? payload.type : null,
      fields: stringFields(payload?.fields),
      retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    });
  }
  return payload as T;
}
