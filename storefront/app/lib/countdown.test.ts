import { describe, expect, it } from "vitest";
import { getFixedT } from "../i18n";
import { clockSkew, countdownClock, countdownMessage, countdownParts } from "./countdown";

const NOW = "2026-12-03T01:00:00.000Z";
const text = (now: string | number, target: string, locale: "vi" | "en" = "vi") => {
  const { key, values } = countdownMessage(countdownParts(now, target));
  return getFixedT(locale)(key, values);
};

describe("countdownParts", () => {
  it("splits the time left into days, hours, minutes and seconds", () => {
    // 2 days 3 h 4 min 5 s later.
    expect(countdownParts(NOW, "2026-12-05T04:04:05.000Z")).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5, running: true });
  });

  it("rounds a part-second up, so the last second still shows", () => {
    expect(countdownParts(Date.parse(NOW) + 100, "2026-12-03T01:00:01.000Z")).toMatchObject({ seconds: 1, running: true });
  });

  it("stops at the target and after it", () => {
    expect(countdownParts(NOW, NOW)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0, running: false });
    expect(countdownParts(NOW, "2026-12-02T00:00:00.000Z").running).toBe(false);
  });

  it("refuses an invalid time", () => {
    expect(() => countdownParts("not a date", NOW)).toThrow(RangeError);
  });
});

describe("countdown text", () => {
  it("reads 'Còn 2 ngày 03:04:05' in Vietnamese", () => {
    expect(text(NOW, "2026-12-05T04:04:05.000Z")).toBe("Còn 2 ngày 03:04:05");
  });

  it("leaves out the days under a day", () => {
    expect(text(NOW, "2026-12-03T12:00:09.000Z")).toBe("Còn 11:00:09");
  });

  it("speaks English too", () => {
    expect(text(NOW, "2026-12-05T04:04:05.000Z", "en")).toBe("2d 03:04:05 left");
  });

  it("says the time is up once reached", () => {
    expect(text(NOW, NOW)).toBe("Đã đến giờ");
  });

  it("changes every second", () => {
    const target = "2026-12-03T02:00:00.000Z";
    expect(text(NOW, target)).toBe("Còn 01:00:00");
    expect(text(Date.parse(NOW) + 1000, target)).toBe("Còn 00:59:59");
  });

  it("pads the clock to two digits", () => {
    expect(countdownClock({ days: 0, hours: 1, minutes: 2, seconds: 3, running: true })).toBe("01:02:03");
  });
});

describe("clockSkew", () => {
  it("is the server's clock minus the browser's", () => {
    expect(clockSkew(NOW, Date.parse(NOW) - 5000)).toBe(5000);
  });
});
