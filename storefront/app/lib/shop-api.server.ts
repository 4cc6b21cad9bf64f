/**
 * The shopper's backend calls (cart, checkout, orders): JSON in and out, the
 * publishable key, and the customer's token when one is logged in. An error
 * answer is a ShopApiError carrying the backend's Vietnamese message and, for
 * form errors, its per-field messages; a backend that is down a thrown 503.
 */
import { backendFetch, type BackendRequest } from "./backend-fetch.server";

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

export type ShopRequest = Omit<BackendRequest, "form">;

export function shopFetch<T>(path: string, request: ShopRequest = {}): Promise<T> {
  return backendFetch<T>(path, request, ({ status, message, type, fields }) => new ShopApiError(status, message, type, fields));
}
