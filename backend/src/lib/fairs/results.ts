import type { MedusaContainer } from "@medusajs/framework/types"
import { fairService } from "./fair-view"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { daysBetween, vnDay } from "./vn-day"

type Day = { day: string; views: number; unique_visitors: number; orders: number; revenue: number }

/**
 * A fair's results, all of it or one booth's: views and unique visitors, orders
 * and revenue (lines sold while live on its approved booths), day by day from
 * its first day to today or its last day.
 */
export async function fairResults(container: MedusaContainer, fair: any, { boothId, now = new Date() }: { boothId?: string; now?: Date } = {}) {
  const fairs = fairService(container)
  const scope = boothId ? { fair_id: fair.id, booth_id: boothId } : { fair_id: fair.id }
  const [visits, sales] = await Promise.all([
    fairs.listFairVisits(scope, { select: ["visitor_hash", "day", "booth_id"] }),
    fairs.listFairSales(scope),
  ])
  const last = vnDay(new Date(Math.min(now.getTime(), new Date(fair.ends_at).getTime() - 1)))
  const first = vnDay(new Date(fair.starts_at))
  const days: Day[] = (first <= last ? daysBetween(first, last) : []).map((day) => {
    const dayVisits = visits.filter((v) => v.day === day)
    const daySales = sales.filter((s) => s.day === day)
    return {
      day,
      views: dayVisits.length,
      unique_visitors: new Set(dayVisits.map((v) => v.visitor_hash)).size,
      orders: new Set(daySales.map((s) => s.order_id)).size,
      revenue: daySales.reduce((sum, s) => sum + Number(s.revenue), 0),
    }
  })
  const booths = new Map((fair.booths ?? []).map((b: any) => [b.id, b]))
  const byBooth = new Map<string, { orders: Set<string>; revenue: number }>()
  const byProduct = new Map<string, { product_id: string; title: string; quantity: number; revenue: number }>()
  for (const sale of sales) {
    const booth = byBooth.get(sale.booth_id) ?? { orders: new Set<string>(), revenue: 0 }
    booth.orders.add(sale.order_id)
    booth.revenue += Number(sale.revenue)
    byBooth.set(sale.booth_id, booth)
    const product = byProduct.get(sale.product_id) ?? { product_id: sale.product_id, title: sale.product_title, quantity: 0, revenue: 0 }
    product.quantity += Number(sale.quantity)
    product.revenue += Number(sale.revenue)
    byProduct.set(sale.product_id, product)
  }
  const producerIds = [...new Set([...byBooth.keys()].map((id) => (booths.get(id) as any)?.producer_id).filter(Boolean))]
  const producers = producerIds.length ? await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerIds }) : []
  const producerName = new Map(producers.map((p) => [p.id, p.name]))
  return {
    totals: {
      views: visits.length,
      unique_visitors: new Set(visits.map((v) => v.visitor_hash)).size,
      orders: new Set(sales.map((s) => s.order_id)).size,
      revenue: sales.reduce((sum, s) => sum + Number(s.revenue), 0),
    },
    days,
    top_booths: [...byBooth]
      .map(([booth_id, b]) => ({
        booth_id,
        number: (booths.get(booth_id) as any)?.number ?? null,
        producer_id: (booths.get(booth_id) as any)?.producer_id ?? null,
        producer_name: producerName.get((booths.get(booth_id) as any)?.producer_id) ?? null,
        orders: b.orders.size,
        revenue: b.revenue,
      }))
      .sort((a, b) => b.revenue - a.revenue)
      .slice(0, 10),
    top_products: [...byProduct.values()].sort((a, b) => b.revenue - a.revenue).slice(0, 10),
  }
}

export type FairResults = Awaited<ReturnType<typeof fairResults>>

/** Day-by-day results as CSV, with a BOM so spreadsheet programs read the Vietnamese headers. */
export function resultsCsv(results: FairResults): string {
  const rows = [["Ngày", "Lượt xem", "Khách truy cập", "Đơn hàng", "Doanh thu (VND)"]]
  for (const d of results.days) rows.push([d.day, String(d.views), String(d.unique_visitors), String(d.orders), String(d.revenue)])
  rows.push(["Tổng", String(results.totals.views), String(results.totals.unique_visitors), String(results.totals.orders), String(results.totals.revenue)])
  return "\uFEFF" + rows.map((r) => r.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\r\n") + "\r\n"
}
