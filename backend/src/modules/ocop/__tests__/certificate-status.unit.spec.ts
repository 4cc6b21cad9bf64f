import { certificateStatus, currentCertificate, defaultExpiry } from "../certificate-status"
import { vnDate } from "../../../utils/vn-date"

const certificate = (decided: string, extra: Record<string, unknown> = {}) => ({
  valid_from: vnDate(decided),
  expires_at: defaultExpiry(vnDate(decided)),
  revoked_at: null,
  ...extra,
})

describe("certificate status", () => {
  const now = new Date("2026-11-24T05:00:00Z")

  it("is valid for 36 months and expiring in its last 30 days", () => {
    expect(certificateStatus(certificate("2025-01-10"), now)).toBe("valid")
    // Expires 2026-12-20 in Vietnam: 26 days away.
    expect(certificateStatus(certificate("2023-12-20"), now)).toBe("expiring")
  })

  it("expires at the instant its term ends, without waiting for any job", () => {
    const c = certificate("2023-11-24")
    expect(certificateStatus(c, new Date(c.expires_at.getTime() - 1))).toBe("expiring")
    expect(certificateStatus(c, c.expires_at)).toBe("expired")
  })

  it("is revoked from the revocation on, whatever its dates", () => {
    expect(certificateStatus(certificate("2025-06-01", { revoked_at: new Date("2026-01-01") }), now)).toBe("revoked")
    expect(certificateStatus(certificate("2025-06-01", { revoked_at: new Date("2027-01-01") }), now)).toBe("valid")
  })

  it("makes the newest certificate in force the current one", () => {
    const old = certificate("2024-02-01", { stars: 4 })
    const renewed = certificate("2025-09-01", { stars: 5 })
    const lapsed = certificate("2020-01-01", { stars: 3 })
    expect(currentCertificate([old, lapsed, renewed], now)).toBe(renewed)
    expect(currentCertificate([lapsed], now)).toBeNull()
  })
})
