import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { splitPurchase } from "../split"

/** Splits a purchase into one producer order per producer; a purchase already split is left as it is. */
export const createProducerOrdersStep = createStep(
  "create-producer-orders",
  async ({ order_id }: { order_id: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const existing = await producers.listProducerOrders({ order_id })
    if (existing.length) return new StepResponse(existing as any[], [] as string[])

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "shipping_methods.amount",
        "items.id",
        "items.title",
        "items.subtitle",
        "items.variant_title",
        "items.product_id",
        "items.variant_id",
        // An order line's quantity lives in its detail row.
        "items.detail.quantity",
        "items.unit_price",
        "items.thumbnail",
      ],
      filters: { id: order_id },
    })
    const items = (order.items ?? []).map(({ detail, ...item }: any) => ({
      ...item,
      quantity: Number(detail?.quantity),
      unit_price: Number(item.unit_price),
    }))
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: [...new Set(items.map((item: any) => item.product_id))] },
    })
    const producerOfProduct = new Map(products.map((p: any) => [p.id, p.producer?.id]))
    const shipping = (order.shipping_methods ?? []).reduce((sum: number, m: any) => sum + Number(m.amount ?? 0), 0)
    const shares = splitPurchase(items, producerOfProduct as Map<string, string>, shipping)
    const created: any[] = await producers.createProducerOrders(shares.map((share) => ({ ...share, order_id })) as any[])
    return new StepResponse(created, created.map((o) => o.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerOrders(createdIds)
  }
)
