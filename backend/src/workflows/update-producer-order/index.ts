import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type ProducerOrderAction =
  | { action: "confirm" }
  | { action: "ship"; carrier: string; tracking_number: string }
  | { action: "cancel"; reason: string }

export type UpdateProducerOrderInput = { id: string; producer_id: string } & ProducerOrderAction

// pending → confirmed → shipped; cancelled from pending or confirmed.
const ALLOWED_FROM: Record<ProducerOrderAction["action"], string[]> = {
  confirm: ["pending"],
  ship: ["pending", "confirmed"],
  cancel: ["pending", "confirmed"],
}

const STATUS_LABEL: Record<string, string> = {
  pending: "đang chờ xác nhận",
  confirmed: "đã xác nhận",
  shipped: "đã giao cho vận chuyển",
  cancelled: "đã huỷ",
}

const changeStatusStep = createStep(
  "change-producer-order-status",
  async (input: UpdateProducerOrderInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [order] = await producers.listProducerOrders({ id: input.id, producer_id: input.producer_id })
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${input.id}.`)
    if (!ALLOWED_FROM[input.action].includes(order.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Không thể thực hiện: đơn hàng ${STATUS_LABEL[order.status]}.`)
    }
    const now = new Date()
    const change =
      input.action === "confirm"
        ? { status: "confirmed" as const, confirmed_at: now }
        : input.action === "ship"
          ? {
              status: "shipped" as const,
              confirmed_at: order.confirmed_at ?? now,
              shipped_at: now,
              carrier: input.carrier,
              tracking_number: input.tracking_number,
            }
          : { status: "cancelled" as const, cancelled_at: now, cancel_reason: input.reason }
    const updated = await producers.updateProducerOrders({ id: order.id, ...change })
    return new StepResponse(updated, order)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, status, confirmed_at, shipped_at, carrier, tracking_number, cancelled_at, cancel_reason } = previous as any
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .updateProducerOrders({ id, status, confirmed_at, shipped_at, carrier, tracking_number, cancelled_at, cancel_reason })
  }
)

/** A cancelled producer order gives its reserved stock back; undone by reserving it again. */
const releaseStockStep = createStep(
  "release-producer-order-stock",
  async ({ line_item_ids }: { line_item_ids: string[] }, { container }) => {
    await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(line_item_ids)
    return new StepResponse(undefined, line_item_ids)
  },
  async (lineItemIds, { container }) => {
    if (lineItemIds?.length) await container.resolve(Modules.INVENTORY).restoreReservationItemsByLineItem(lineItemIds)
  }
)

/** A producer confirms, ships (carrier and tracking number) or cancels (with a reason) its own order. */
export const updateProducerOrderWorkflow = createWorkflow("update-producer-order", (input: UpdateProducerOrderInput) => {
  const order = changeStatusStep(input)
  when({ input }, ({ input }) => input.action === "cancel").then(() => {
    releaseStockStep(transform({ order }, ({ order }) => ({ line_item_ids: (order.items as unknown as { id: string }[]).map((item) => item.id) })))
  })
  emitEventStep({
    eventName: transform({ input }, ({ input }) => `producer_order.${input.action === "cancel" ? "cancelled" : input.action === "ship" ? "shipped" : "confirmed"}`),
    data: transform({ order }, ({ order }) => ({ id: order.id, order_id: order.order_id })),
  })
  return new WorkflowResponse(order)
})
