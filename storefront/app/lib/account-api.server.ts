/**
 * Plain fetch to the backend for the shopper's account: the publishable key
 * and, per call, the customer's (or a reset link's) token. Nothing is kept
 * between requests, so one shopper's token never serves another.
 */
import type { Refusal } from "./account-errors";
import { backendFetch, type BackendRequest } from "./backend-fetch.server";

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

export type AccountRequest = Omit<BackendRequest, "form" | "timeoutMs">;

/** One call: JSON in and out; a refusal is an AccountApiError; a backend down a thrown 503. */
export function accountFetch<T>(path: string, request: AccountRequest = {}): Promise<T> {
  return backendFetch<T>(
    path,
    request,
    ({ status, message, type, fields, retryAfter }) =>
      new AccountApiError(status, message, type, Object.keys(fields).length ? fields : null, retryAfter),
  );
}
