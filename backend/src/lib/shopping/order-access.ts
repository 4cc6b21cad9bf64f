import crypto from "crypto"

/** An unguessable token for a guest's confirmation link, and the hash stored in its place. */
export function newOrderAccessToken() {
  const token = crypto.randomBytes(24).toString("base64url")
  return { token, hash: hashOrderToken(token) }
}

export function hashOrderToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex")
}

/** Constant-time comparison of a presented token with the order's stored hash. */
export function orderTokenMatches(order: { metadata?: Record<string, unknown> | null }, token: unknown): boolean {
  const stored = order.metadata?.access_token_hash
  if (typeof token !== "string" || !token || typeof stored !== "string") return false
  const presented = Buffer.from(hashOrderToken(token), "hex")
  const expected = Buffer.from(stored, "hex")
  return presented.length === expected.length && crypto.timingSafeEqual(presented, expected)
}

/** "OCOP-000123": what shoppers, producers and the bank memo call an order. */
export function orderCode(displayId: number | string): string {
  return `OCOP-${String(displayId).padStart(6, "0")}`
}

/** Bank memos keep letters and digits only. */
export function transferMemo(displayId: number | string): string {
  return orderCode(displayId).replace(/[^A-Z0-9]/g, "")
}
