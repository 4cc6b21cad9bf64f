import { describe, expect, it } from "vitest";
import { formatDate, formatDateOrNull, formatDateTime } from "./dates";

describe("formatDate", () => {
  it("uses Vietnam's time zone: 18:30 UTC on 31 March is 1 April in Vietnam", () => {
    expect(formatDate(new Date("2026-03-31T18:30:00Z"), "vi")).toBe("01/04/2026");
  });

  it("stays on the same day before 17:00 UTC", () => {
    expect(formatDate("2026-03-31T16:59:59Z", "vi")).toBe("31/03/2026");
    expect(formatDate("2026-03-31T17:00:00Z", "vi")).toBe("01/04/2026");
  });

  it("formats as dd/MM/yyyy with leading zeros in Vietnamese (the default)", () => {
    expect(formatDate(Date.UTC(2026, 0, 5, 3, 0, 0))).toBe("05/01/2026");
  });

  it("crosses the year boundary in Vietnam time", () => {
    expect(formatDate("2025-12-31T20:00:00Z", "vi")).toBe("01/01/2026");
  });

  it("formats English dates in Vietnam time too", () => {
    expect(formatDate("2026-03-31T18:30:00Z", "en")).toBe("1 Apr 2026");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDate("not a date", "vi")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("shows the time in Vietnam, 24-hour clock", () => {
    expect(formatDateTime("2026-03-31T18:30:00Z", "vi")).toBe("01:30, 01/04/2026");
    expect(formatDateTime("2026-03-31T07:05:00Z", "vi")).toBe("14:05, 31/03/2026");
  });

  it("puts the date first in English", () => {
    expect(formatDateTime("2026-03-31T18:30:00Z", "en")).toBe("1 Apr 2026, 01:30");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDateTime("nope")).toThrow(RangeError);
  });
});

describe("formatDateOrNull", () => {
  it("is null for a missing or invalid date", () => {
    expect(formatDateOrNull(null)).toBeNull();
    expect(formatDateOrNull("")).toBeNull();
    expect(formatDateOrNull("garbage")).toBeNull();
    expect(formatDateOrNull("2027-03-14T17:00:00.000Z", "vi")).toBe("15/03/2027");
  });
});
