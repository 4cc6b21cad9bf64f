import { startOfWeekVn } from "../vn-date"

describe("startOfWeekVn", () => {
  it("is Monday 00:00 in Vietnam, which is Sunday 17:00 UTC", () => {
    // Wednesday 2 December 2026, 10:00 in Hà Nội.
    expect(startOfWeekVn(new Date("2026-12-02T03:00:00Z")).toISOString()).toBe("2026-11-29T17:00:00.000Z")
  })

  it("counts a Sunday late evening in Vietnam into the week that began six days before", () => {
    // Sunday 6 December 23:30 in Hà Nội is still Sunday there, though Monday has not begun in UTC either.
    expect(startOfWeekVn(new Date("2026-12-06T16:30:00Z")).toISOString()).toBe("2026-11-29T17:00:00.000Z")
  })

  it("starts a new week at Monday midnight in Vietnam", () => {
    expect(startOfWeekVn(new Date("2026-12-06T17:00:00Z")).toISOString()).toBe("2026-12-06T17:00:00.000Z")
  })
})
