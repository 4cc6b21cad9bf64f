import { SUSPICIOUS_SCAN_COUNT, traceVerdict } from "../verdict"

describe("trace verdict", () => {
  it("calls a stamp of a certified product genuine", () => {
    expect(traceVerdict(1, "valid")).toBe("genuine")
    expect(traceVerdict(3, "expiring")).toBe("genuine")
  })

  it("reports the product's lost certificate", () => {
    expect(traceVerdict(1, "revoked")).toBe("certificate_revoked")
    expect(traceVerdict(1, "expired")).toBe("certificate_expired")
    expect(traceVerdict(1, "none")).toBe("not_certified")
  })

  it("warns first about a stamp scanned far more than usual", () => {
    expect(traceVerdict(SUSPICIOUS_SCAN_COUNT, "valid")).toBe("genuine")
    expect(traceVerdict(SUSPICIOUS_SCAN_COUNT + 1, "valid")).toBe("suspicious")
    expect(traceVerdict(SUSPICIOUS_SCAN_COUNT + 1, "revoked")).toBe("suspicious")
  })
})
