import { fairPhase, fairPriceOf } from "../phase"

describe("fair phase and price", () => {
  const fair = { starts_at: "2026-12-10T02:00:00.000Z", ends_at: "2026-12-17T02:00:00.000Z" }
  it("is upcoming before the start, live from the start to the end, ended from the end", () => {
    expect(fairPhase(fair, new Date("2026-12-10T01:59:59.999Z"))).toBe("upcoming")
    expect(fairPhase(fair, new Date("2026-12-10T02:00:00.000Z"))).toBe("live")
    expect(fairPhase(fair, new Date("2026-12-17T01:59:59.999Z"))).toBe("live")
    expect(fairPhase(fair, new Date("2026-12-17T02:00:00.000Z"))).toBe("ended")
  })
  it("takes a fixed fair price or a percentage off, in whole đồng", () => {
    expect(fairPriceOf(250000, { fair_price: 199000 })).toBe(199000)
    expect(fairPriceOf(250000, { discount_percent: 10 })).toBe(225000)
    expect(fairPriceOf(33333, { discount_percent: 15 })).toBe(28333)
    expect(fairPriceOf(250000, {})).toBeNull()
  })
})
