import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { splitPurchase } from "../split"
import { loadProducersOf } from "../../../lib/shopping/cart-view"

/**
 * Each producer's own delivery, found through its shipping profile. A purchase
 * whose delivery isn't per producer (older carts) shares its total instead.
 */
async function shippingByProducer(container: any, methods: any[], producerOfProfile: Map<string, any>) {
  const total = methods.reduce((sum: number, m: any) => sum + Number(m.amount ?? 0), 0)
  const optionIds = methods.map((m) => m.shipping_option_id).filter(Boolean)
  const options = optionIds.length ? await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionIds }) : []
  const profileOf = new Map(options.map((o: any) => [o.id, o.shipping_profile_id]))
  const perProducer = new Map<string, number>()
  for (const method of methods) {
    const producer = producerOfProfile.get(profileOf.get(method.shipping_option_id) as string)
    if (!producer) return total
    perProducer.set(producer.id, (perProducer.get(producer.id) ?? 0) + Number(method.amount ?? 0))
  }
  return perProducer
}

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
        "shipping_methods.shipping_option_id",
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
    const { producerOfProduct: producerByProduct, producerOfProfile } = await loadProducersOf(container, [
      ...new Set<string>(items.map((item: any) => item.product_id as string)),
    ])
    const producerOfProduct = new Map([...producerByProduct].map(([productId, producer]) => [productId, producer?.id]))
    const shipping = await shippingByProducer(container, order.shipping_methods ?? [], producerOfProfile)
    const shares = splitPurchase(items, producerOfProduct as Map<string, string>, shipping)
    const created: any[] = await producers.createProducerOrders(shares.map((share) => ({ ...share, order_id })) as any[])
    return new StepResponse(created, created.map((o) => o.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerOrders(createdIds)
  }
)
