import { describe, expect, it } from "vitest";
import { getFixedT } from "../i18n";
import { normalizeStampCode, normalizeVerdict, TRACE_VERDICTS, verdictTone } from "./trace";

describe("verdictTone", () => {
  it("is green only for a genuine stamp", () => {
    expect(verdictTone("genuine")).toBe("good");
  });

  it("is red for copied or non-existent stamps", () => {
    expect(verdictTone("suspicious")).toBe("danger");
    expect(verdictTone("unknown")).toBe("danger");
  });

  it("is amber when the stamp is real but the product is not (or no longer) OCOP", () => {
    expect(verdictTone("certificate_expired")).toBe("warning");
    expect(verdictTone("certificate_revoked")).toBe("warning");
    expect(verdictTone("not_certified")).toBe("warning");
  });
});

describe("verdict texts", () => {
  const vi = getFixedT("vi");
  const en = getFixedT("en");

  it("say plainly what a shopper needs to know, in Vietnamese", () => {
    expect(vi("trace.verdict.genuine.title")).toBe("Tem chính hãng");
    expect(vi("trace.verdict.suspicious.title", { scans: 57 })).toBe(
      "Cảnh báo: tem này đã được quét 57 lần — có thể là tem giả",
    );
    expect(vi("trace.verdict.certificate_expired.title")).toBe("Chứng nhận OCOP đã hết hạn");
    expect(vi("trace.verdict.certificate_revoked.title")).toBe("Chứng nhận OCOP đã bị thu hồi");
    expect(vi("trace.verdict.unknown.title")).toBe("Mã tem không tồn tại — có thể là hàng giả");
    expect(vi("trace.verdict.unknown.body", { code: "ABC123" })).toContain("ABC123");
  });

  it("exist for every verdict in both languages", () => {
    for (const verdict of TRACE_VERDICTS) {
      for (const t of [vi, en]) {
        expect(t(`trace.verdict.${verdict}.title`, { scans: 1 })).not.toContain("trace.verdict");
        expect(t(`trace.verdict.${verdict}.body`, { code: "X" })).not.toContain("trace.verdict");
      }
    }
    expect(en("trace.verdict.suspicious.title", { scans: 30 })).toBe(
      "Warning: this stamp has been scanned 30 times — it may be fake",
    );
  });
});

describe("normalizeVerdict", () => {
  it("keeps known verdicts and treats anything else cautiously", () => {
    expect(normalizeVerdict("genuine")).toBe("genuine");
    expect(normalizeVerdict("certificate_revoked")).toBe("certificate_revoked");
    expect(normalizeVerdict("brand_new_verdict")).toBe("not_certified");
    expect(normalizeVerdict("unknown")).toBe("not_certified");
    expect(normalizeVerdict(undefined)).toBe("not_certified");
  });
});

describe("normalizeStampCode", () => {
  it("accepts what people type from a printed stamp", () => {
    expect(normalizeStampCode("7k3m-9q2r 4t8v-xw1z")).toBe("7K3M9Q2R4T8VXW1Z");
  });

  it("refuses what cannot be a code", () => {
    expect(normalizeStampCode("abc")).toBeNull();
    expect(normalizeStampCode("<script>")).toBeNull();
    expect(normalizeStampCode("A".repeat(65))).toBeNull();
    expect(normalizeStampCode("mã-tem")).toBeNull();
  });
});
