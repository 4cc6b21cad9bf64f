import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/**
 * The customer's order, with nothing shipped yet: every producer's part is
 * cancelled (their earlier statuses are restored if the cancellation fails later).
 */
export const cancelShipmentsStep = createStep(
  "cancel-shipments",
  async ({ order_id, customer_id }: { order_id: string; customer_id: string }, { container }) => {
    const {
      data: [order],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["id", "status", "customer_id"], filters: { id: order_id } })
    if (!order || order.customer_id !== customer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đơn hàng.")
    if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn hàng đã được huỷ trước đó.")
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const parts = await producers.listProducerOrders({ order_id })
    const shipped = parts.filter((p) => p.status === "shipped")
    if (shipped.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Không thể huỷ: đã có kiện hàng được gửi đi. Vui lòng liên hệ nhà sản xuất.")
    }
    const open = parts.filter((p) => p.status !== "cancelled")
    const now = new Date()
    await producers.updateProducerOrders(
      open.map((p) => ({ id: p.id, status: "cancelled" as const, cancelled_at: now, cancel_reason: "Khách hàng huỷ đơn" }))
    )
    return new StepResponse(
      open.map((p) => p.id),
      open.map((p) => ({ id: p.id, status: p.status, cancelled_at: p.cancelled_at ?? null, cancel_reason: p.cancel_reason ?? null }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerOrders(previous as any)
  }
)
