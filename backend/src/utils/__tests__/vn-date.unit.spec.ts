import { addMonthsVn, vnDate, vnDay } from "../vn-date"

describe("Vietnam dates", () => {
  it("reads a calendar day as midnight in Asia/Ho_Chi_Minh", () => {
    expect(vnDate("2024-03-15").toISOString()).toBe("2024-03-14T17:00:00.000Z")
    expect(vnDay(new Date("2026-03-31T18:30:00Z"))).toBe("2026-04-01")
  })

  it("adds calendar months in Vietnam, clamping to the month's end", () => {
    expect(addMonthsVn(vnDate("2024-03-15"), 36).toISOString()).toBe(vnDate("2027-03-15").toISOString())
    expect(vnDay(addMonthsVn(vnDate("2024-01-31"), 1))).toBe("2024-02-29")
    expect(vnDay(addMonthsVn(vnDate("2027-03-15"), -36))).toBe("2024-03-15")
  })

  it("refuses text that is not a date", () => {
    expect(() => vnDate("ngày mai")).toThrow(/not a date/)
  })
})
