import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"

export type BoothDecision = { fair_id: string; booth_id: string; decision: "approve" | "reject"; number?: number | null; reason?: string | null }

/** Approves a booth with a number (the next free one unless given) or rejects it with a reason. */
export const decideBoothStep = createStep(
  "decide-booth",
  async (input: BoothDecision, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const [booth] = await fairs.listBooths({ id: input.booth_id, fair_id: input.fair_id })
    if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy gian hàng.")
    const before = { id: booth.id, status: booth.status, number: booth.number, rejection_reason: booth.rejection_reason, decided_at: booth.decided_at }
    if (input.decision === "reject") {
      if (!input.reason?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vui lòng ghi lý do từ chối.")
      const updated = await fairs.updateBooths({ id: booth.id, status: "rejected", number: null, rejection_reason: input.reason.trim(), decided_at: new Date() })
      return new StepResponse(updated, before)
    }
    const others = (await fairs.listBooths({ fair_id: input.fair_id, status: "approved" })).filter((b) => b.id !== booth.id)
    const taken = new Set(others.map((b) => b.number))
    const number = input.number ?? Math.max(0, ...others.map((b) => b.number ?? 0)) + 1
    if (taken.has(number)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Số gian hàng ${number} đã có chủ thể khác.`)
    const updated = await fairs.updateBooths({ id: booth.id, status: "approved", number, rejection_reason: null, decided_at: new Date() })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<FairModuleService>(FAIR_MODULE).updateBooths(before as any)
  }
)
