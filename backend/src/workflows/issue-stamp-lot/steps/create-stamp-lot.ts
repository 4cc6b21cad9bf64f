import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TRACE_MODULE } from "../../../modules/trace"
import type TraceModuleService from "../../../modules/trace/service"
import { newStampCode } from "../../../modules/trace/stamp-code"
import type { IssueStampLotInput } from "../index"

// Printing more stamps at once is a batch job, not a request.
export const MAX_STAMPS_PER_REQUEST = 5000

export const createStampLotStep = createStep(
  "create-stamp-lot",
  async (input: IssueStampLotInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: input.product_id } })
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${input.product_id}.`)
    }
    const producerId = (product as any).producer?.id
    if (!producerId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Sản phẩm chưa gắn chủ thể sản xuất, chưa thể phát hành tem.")
    }
    const stamps = input.stamps ?? input.quantity
    if (!Number.isInteger(stamps) || stamps < 1 || stamps > Math.min(input.quantity, MAX_STAMPS_PER_REQUEST)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Số tem phải từ 1 đến ${Math.min(input.quantity, MAX_STAMPS_PER_REQUEST)} (không vượt số lượng của lô).`
      )
    }
    // Workflow input went through JSON: dates may be strings here.
    if (input.expires_at && new Date(input.expires_at).getTime() <= new Date(input.produced_at).getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hạn sử dụng phải sau ngày sản xuất.")
    }
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE)
    const [existing] = await trace.listStampLots({ product_id: input.product_id, lot_code: input.lot_code })
    if (existing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lô "${input.lot_code}" của sản phẩm này đã có.`)
    }
    const lot = await trace.createStampLots({
      product_id: input.product_id,
      producer_id: producerId,
      lot_code: input.lot_code,
      produced_at: new Date(input.produced_at),
      expires_at: input.expires_at ? new Date(input.expires_at) : null,
      quantity: input.quantity,
    })
    try {
      await trace.createLotEvents((input.events ?? []).map((event) => ({ ...event, occurred_at: new Date(event.occurred_at), lot_id: lot.id })))
      await trace.createStamps(Array.from({ length: stamps }, () => ({ code: newStampCode(), lot_id: lot.id })))
    } catch (error) {
      // A failing step is not compensated itself: undo its own first write here.
      await trace.deleteStampLots(lot.id)
      throw error
    }
    return new StepResponse(lot, lot.id)
  },
  async (lotId, { container }) => {
    if (!lotId) return
    await container.resolve<TraceModuleService>(TRACE_MODULE).deleteStampLots(lotId)
  }
)
