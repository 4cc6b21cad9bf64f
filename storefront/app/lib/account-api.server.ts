/**
 * Plain fetch to the backend for the shopper's account: the publishable key
 * and, per call, the customer's (or a reset link's) token. Nothing is kept
 * between requests, so one shopper's token never serves another.
 */
import { backendUnavailable, isBackendDownError, withTimeout } from "./backend-errors.server";
import type { Refusal } from "./account-errors";
import { MEDUSA_BACKEND_URL } from "./medusa.server";
import { BACKEND_TIMEOUT_MS } from "./store-api.server";

/** The backend refused: `{ type, message, fields? }`, its Retry-After on a 429. */
export class AccountApiError extends Error implements Refusal {
  override name = "AccountApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly type: string | null = null,
    readonly fields: Record<string, string> | null = null,
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export function isAccountApiError(error: unknown, status?: number): error is AccountApiError {
  return error instanceof AccountApiError && (status === undefined || error.status === status);
}

export interface AccountRequest {
  method?: "GET" | "POST" | "DELETE";
  token?: string | null;
  query?: Record<string, string | number | undefined | null>;
  json?: unknown;
}

function accountUrl(path: string, query?: AccountRequest["query"]): string {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function stringFields(value: unknown): Record<string, string> | null {
  if (typeof value !== "object" || value === null) return null;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return entries.length ? Object.fromEntries(entries) : null;
}

/** One call: JSON in and out; a refusal is an AccountApiError; a backend down a thrown 503. */
export async function accountFetch<T>(path: string, request: AccountRequest = {}): Promise<T> {
  const headers = new Headers({ Accept: "application/json" });
  const key = process.env.MEDUSA_PUBLISHABLE_KEY;
  if (key) headers.set("x-publishable-api-key", key);
  if (request.token) headers.set("Authorization", `Bearer ${request.token}`);
  let body: string | undefined;
  if (request.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(request.json);
  }
  const method = request.method ?? (body ? "POST" : "GET");
  let response: Response;
  try {
    response = await withTimeout(fetch(accountUrl(path, request.query), { method, headers, body }), BACKEND_TIMEOUT_MS);
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
    throw new AccountApiError(
      response.status,
      typeof payload?.message === "string" ? payload.message : response.statusText,
      typeof payload?.type === "string" ? payload.type : null,
      stringFields(payload?.fields),
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return payload as T;
}
