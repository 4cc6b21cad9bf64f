import Medusa from "@medusajs/js-sdk";

/**
 * The storefront's one Medusa client. Server-only (this file ends in
 * `.server.ts`, so React Router refuses to bundle it for the browser): the
 * publishable key and the SDK never reach the client.
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000";

export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
});
