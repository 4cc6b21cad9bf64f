import { resultsCsv } from "../results"
import { daysBetween, vnDay } from "../vn-day"

describe("fair results", () => {
  it("names days in Asia/Ho_Chi_Minh and lists every day between two", () => {
    expect(vnDay(new Date("2026-12-02T17:30:00.000Z"))).toBe("2026-12-03")
    expect(daysBetween("2026-11-29", "2026-12-02")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"])
    expect(daysBetween("2026-12-02", "2026-12-01")).toEqual([])
  })
  it("exports one CSV row per day and a total, UTF-8 with a byte-order mark", () => {
    const csv = resultsCsv({
      totals: { views: 5, unique_visitors: 3, orders: 2, revenue: 450000 },
      days: [
        { day: "2026-12-01", views: 2, unique_visitors: 2, orders: 0, revenue: 0 },
        { day: "2026-12-02", views: 3, unique_visitors: 2, orders: 2, revenue: 450000 },
      ],
      top_booths: [],
      top_products: [],
    })
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFNgày,Lượt xem,Khách truy cập,Đơn hàng,Doanh thu (VND)",
      "2026-12-01,2,2,0,0",
      "2026-12-02,3,2,2,450000",
      "Tổng,5,3,2,450000",
      "",
    ])
  })
})
