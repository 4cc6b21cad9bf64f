import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type Input = { product_id: string; producer_id: string }
type Undo = { product_id: string; previous_producer_id: string | null; producer_id: string }

const linkOf = (product_id: string, producer_id: string) => ({
  [Modules.PRODUCT]: { product_id },
  [PRODUCER_MODULE]: { producer_id },
})

/** A product has exactly one producer: the old link goes, the new one comes. */
export const replaceProductProducerStep = createStep(
  "replace-product-producer",
  async ({ product_id, producer_id }: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const {
      data: [product],
    } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: product_id } })
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${product_id}.`)
    }
    const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producer_id })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không tìm thấy chủ thể ${producer_id}.`)
    }
    const previous: string | null = (product as any).producer?.id ?? null
    if (previous === producer_id) {
      return new StepResponse(producer, null as Undo | null)
    }
    if (previous) await link.dismiss(linkOf(product_id, previous))
    await link.create(linkOf(product_id, producer_id))
    return new StepResponse(producer, { product_id, previous_producer_id: previous, producer_id } as Undo | null)
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(linkOf(undo.product_id, undo.producer_id))
    if (undo.previous_producer_id) await link.create(linkOf(undo.product_id, undo.previous_producer_id))
  }
)
