import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { CreateProducerInput } from "../index"

export const createProducerStep = createStep(
  "create-producer",
  async (input: CreateProducerInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [sameSlug] = await producers.listProducers({ slug: input.slug })
    if (sameSlug) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Đã có chủ thể với đường dẫn "${input.slug}".`)
    }
    const now = new Date()
    const producer = await producers.createProducers(<any>{
      ...input,
      approved_at: input.status === "approved" ? now : null,
      suspended_at: input.status === "suspended" ? now : null,
    })
    return new StepResponse(producer, producer.id)
  },
  async (producerId, { container }) => {
    if (!producerId) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducers(producerId)
  }
)
