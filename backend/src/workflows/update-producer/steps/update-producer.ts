import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { UpdateProducerInput } from "../index"

export const updateProducerStep = createStep(
  "update-producer",
  async ({ id, ...changes }: UpdateProducerInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [previous] = await producers.listProducers({ id })
    if (!previous) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chủ thể ${id}.`)
    }
    const now = new Date()
    const statusChanges =
      changes.status && changes.status !== previous.status
        ? {
            approved_at: changes.status === "approved" ? now : previous.approved_at,
            suspended_at: changes.status === "suspended" ? now : null,
            suspension_reason: changes.status === "suspended" ? changes.suspension_reason ?? null : null,
            rejection_reason: changes.status === "rejected" ? changes.rejection_reason ?? null : null,
          }
        : {}
    const updated = await producers.updateProducers(<any>{ id, ...changes, ...statusChanges })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { created_at, updated_at, deleted_at, ...fields } = previous as any
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(fields)
  }
)
