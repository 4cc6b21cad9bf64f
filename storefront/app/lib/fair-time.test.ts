import { describe, expect, it } from "vitest";
import { isoToLocalInput, localInputToIso, shortDay } from "./fair-time";

describe("localInputToIso", () => {
  it("reads a datetime-local value as Vietnam time (+07:00)", () => {
    expect(localInputToIso("2026-12-03T08:30")).toBe("2026-12-03T08:30:00+07:00");
    expect(Date.parse(localInputToIso("2026-12-03T08:30")!)).toBe(Date.UTC(2026, 11, 3, 1, 30));
  });

  it("keeps seconds when the browser sends them", () => {
    expect(localInputToIso(" 2026-01-01T00:00:15 ")).toBe("2026-01-01T00:00:15+07:00");
  });

  it("refuses empty, malformed and impossible moments", () => {
    for (const value of ["", null, undefined, "2026-12-03", "03/12/2026 08:30", "2026-02-29T10:00", "2026-04-31T10:00", "2026-12-03T24:00", "2026-12-03T08:60"]) {
      expect(localInputToIso(value)).toBeNull();
    }
    expect(localInputToIso("2028-02-29T10:00")).toBe("2028-02-29T10:00:00+07:00");
  });
});

describe("isoToLocalInput", () => {
  it("shows a UTC moment in Vietnam time, across midnight", () => {
    expect(isoToLocalInput("2026-12-03T01:30:00Z")).toBe("2026-12-03T08:30");
    expect(isoToLocalInput("2026-12-31T17:00:00.000Z")).toBe("2027-01-01T00:00");
  });

  it("round-trips with localInputToIso", () => {
    const value = "2026-07-15T19:45";
    expect(isoToLocalInput(localInputToIso(value))).toBe(value);
  });

  it("is empty for missing or invalid dates", () => {
    expect(isoToLocalInput(null)).toBe("");
    expect(isoToLocalInput("not a date")).toBe("");
  });
});

describe("shortDay", () => {
  it("labels a results day", () => {
    expect(shortDay("2026-12-03", "vi")).toBe("03/12");
    expect(shortDay("2026-12-03", "en")).toBe("3 Dec");
    expect(shortDay("oops")).toBe("oops");
  });
});
