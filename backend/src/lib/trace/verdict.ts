/**
 * A genuine stamp is scanned a few times: by the shop, by the buyer, by a
 * curious friend. Copies of one real code printed on fake goods are scanned by
 * every buyer of every copy.
 */
export const SUSPICIOUS_SCAN_COUNT = 20

export type TraceVerdict =
  | "genuine"
  | "unknown"
  | "suspicious"
  | "certificate_revoked"
  | "certificate_expired"
  | "not_certified"

/** What the shopper is told, most serious first: a copied stamp, then the product's OCOP standing. */
export function traceVerdict(scanCount: number, ocopStatus: string): TraceVerdict {
  if (scanCount > SUSPICIOUS_SCAN_COUNT) return "suspicious"
  if (ocopStatus === "revoked") return "certificate_revoked"
  if (ocopStatus === "expired") return "certificate_expired"
  if (ocopStatus === "valid" || ocopStatus === "expiring") return "genuine"
  return "not_certified"
}
