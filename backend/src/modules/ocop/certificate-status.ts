import { addDays, addMonthsVn } from "../../utils/vn-date"

/** A certificate is valid for 36 months from its decision (or stated start) unless it says otherwise. */
export const DEFAULT_TERM_MONTHS = 36
/** The issuer tells the producer this many days before expiry. */
export const EXPIRY_NOTICE_DAYS = 30

export type CertificateStatus = "valid" | "expiring" | "expired" | "revoked" | "not_yet_valid"

export type CertificateDates = {
  valid_from: Date | string
  expires_at: Date | string
  revoked_at?: Date | string | null
  decision_date?: Date | string
}

const time = (value: Date | string) => new Date(value).getTime()

export function defaultExpiry(validFrom: Date): Date {
  return addMonthsVn(validFrom, DEFAULT_TERM_MONTHS)
}

/** Status at `now`, computed every time it is read, so an expired certificate never shows as valid. */
export function certificateStatus(certificate: CertificateDates, now: Date = new Date()): CertificateStatus {
  const at = now.getTime()
  if (certificate.revoked_at && time(certificate.revoked_at) <= at) return "revoked"
  if (time(certificate.expires_at) <= at) return "expired"
  if (time(certificate.valid_from) > at) return "not_yet_valid"
  if (time(certificate.expires_at) <= addDays(now, EXPIRY_NOTICE_DAYS).getTime()) return "expiring"
  return "valid"
}

/** Valid means the product may carry its stars and the OCOP mark: "expiring" still counts. */
export function isInForce(certificate: CertificateDates, now: Date = new Date()): boolean {
  const status = certificateStatus(certificate, now)
  return status === "valid" || status === "expiring"
}

/** The newest certificate in force, or null: the one whose stars a product shows. */
export function currentCertificate<T extends CertificateDates>(certificates: T[], now: Date = new Date()): T | null {
  return (
    certificates
      .filter((c) => isInForce(c, now))
      .sort((a, b) => time(b.valid_from) - time(a.valid_from))[0] ?? null
  )
}

/** The newest certificate of any status: what explains why a product lost its stars. */
export function latestCertificate<T extends CertificateDates>(certificates: T[]): T | null {
  return [...certificates].sort((a, b) => time(b.valid_from) - time(a.valid_from))[0] ?? null
}
