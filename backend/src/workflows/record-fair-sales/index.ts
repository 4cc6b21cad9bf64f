import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { fairPhase } from "../../modules/fair/phase"
import { vnDay } from "../../lib/fairs/vn-day"

const recordSalesStep = createStep(
  "record-fair-sales",
  async ({ order_id }: { order_id: string }, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    if ((await fairs.listFairSales({ order_id }, { take: 1 })).length) return new StepResponse([] as string[], [] as string[])
    const {
      data: [order],
    } = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "created_at", "items.product_id", "items.product_title", "items.title", "items.unit_price", "items.detail.quantity"],
      filters: { id: order_id },
    })) as { data: any[] }
    if (!order) return new StepResponse([] as string[], [] as string[])
    const soldAt = new Date(order.created_at)
    const live = (await fairs.listFairs({ status: "published" }, { relations: ["booths", "booths.products"] })).filter((f) => fairPhase(f, soldAt) === "live")
    const sales: any[] = []
    for (const fair of live) {
      for (const booth of (fair.booths ?? []).filter((b: any) => b.status === "approved")) {
        const onShow = new Set(((booth as any).products ?? []).map((p: any) => p.product_id))
        for (const item of order.items ?? []) {
          if (!onShow.has(item.product_id)) continue
          const quantity = Number(item.detail?.quantity ?? 0)
          sales.push({
            fair_id: fair.id,
            booth_id: booth.id,
            order_id,
            product_id: item.product_id,
            product_title: item.product_title ?? item.title,
            quantity,
            revenue: Math.round(Number(item.unit_price) * quantity),
            day: vnDay(soldAt),
            sold_at: soldAt,
          })
        }
      }
    }
    const created = sales.length ? await fairs.createFairSales(sales) : []
    return new StepResponse(created.map((s: any) => s.id), created.map((s: any) => s.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<FairModuleService>(FAIR_MODULE).deleteFairSales(ids)
  }
)

/** Counts an order's lines for the fairs live when it was placed, booth by booth (for results). */
export const recordFairSalesWorkflow = createWorkflow("record-fair-sales", (input: { order_id: string }) => new WorkflowResponse(recordSalesStep(input)))
