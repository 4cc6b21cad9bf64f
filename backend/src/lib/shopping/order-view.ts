import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { paymentProviders } from "../../config/payments"
import { orderCode, orderTokenMatches, transferMemo } from "./order-access"
import { paymentMethodOf } from "./payment-methods"
import { fromMedusaAddress } from "./vn-address"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "status",
  "customer_id",
  "metadata",
  "item_total",
  "discount_total",
  "shipping_total",
  "total",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "payment_collections.status",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.status",
]

/** Nothing has left any producer yet: the shopper may still cancel the whole order. */
export function canCancel(order: { status: string }, shipments: { status: string }[]) {
  return order.status !== "canceled" && shipments.every((s) => s.status === "pending" || s.status === "confirmed")
}

/**
 * An order may be read by its customer, or by whoever holds the confirmation
 * link's token; to anyone else it does not exist.
 */
export function mayRead(order: any, access: { customerId?: string | null; token?: unknown }) {
  if (access.customerId && order.customer_id === access.customerId) return true
  return orderTokenMatches(order, access.token)
}

export async function findOrders(container: MedusaContainer, filters: Record<string, unknown>, pagination?: { skip: number; take: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters,
    pagination: { ...(pagination ?? {}), order: { created_at: "DESC" } },
  })
}

/** Orders as the shopper sees them: one shipment per producer, each with its own status and delivery. */
export async function toOrderViews(container: MedusaContainer, orders: any[], access: { customerId?: string | null } = {}) {
  if (!orders.length) return []
  const producerOrders = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: orders.map((o) => o.id) }, { order: { created_at: "ASC", id: "ASC" } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const producerIds = [...new Set(producerOrders.map((p) => p.producer_id))]
  const { data: producers } = producerIds.length
    ? await query.graph({ entity: "producer", fields: ["id", "name", "slug", "shipping_profile.id"], filters: { id: producerIds } })
    : { data: [] as any[] }
  const producerById = new Map(producers.map((p: any) => [p.id, p] as [string, any]))
  const optionIds = orders.flatMap((o) => (o.shipping_methods ?? []).map((m: any) => m.shipping_option_id)).filter(Boolean)
  const options = optionIds.length ? await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionIds }) : []
  const profileOfOption = new Map(options.map((o) => [o.id, o.shipping_profile_id]))
  const account = bankAccount()

  return orders.map((order) => {
    const shipments = producerOrders
      .filter((p) => p.order_id === order.id)
      .map((part: any) => {
        const producer: any = producerById.get(part.producer_id)
        const method = (order.shipping_methods ?? []).find(
          (m: any) => producer?.shipping_profile?.id && profileOfOption.get(m.shipping_option_id) === producer.shipping_profile.id
        )
        return {
          id: part.id,
          producer: producer ? { id: producer.id, name: producer.name, slug: producer.slug } : { id: part.producer_id, name: "—", slug: null },
          status: part.status,
          items: (part.items ?? []).map((item: any) => ({
            title: item.title,
            variant_title: item.variant_title ?? null,
            thumbnail: item.thumbnail ?? null,
            quantity: Number(item.quantity),
            unit_price: Number(item.unit_price),
            total: Number(item.total),
          })),
          item_total: Number(part.item_total),
          shipping_name: method?.name ?? null,
          shipping_total: Number(part.shipping_total),
          total: Number(part.total),
          carrier: part.carrier ?? null,
          tracking_number: part.tracking_number ?? null,
          shipped_at: part.shipped_at ?? null,
        }
      })
    const collection = order.payment_collections?.[0]
    const payment = collection?.payments?.[0]
    const providerId = payment?.provider_id ?? collection?.payment_sessions?.[0]?.provider_id ?? null
    const method = paymentMethodOf(providerId)
    const status =
      order.status === "canceled" || payment?.canceled_at
        ? "canceled"
        : payment?.captured_at || collection?.status === "completed"
          ? "captured"
          : method?.code === "bank_transfer"
            ? "awaiting"
            : "authorized"
    return {
      id: order.id,
      code: orderCode(order.display_id),
      display_id: order.display_id,
      created_at: order.created_at,
      email: order.email,
      status: order.status,
      shipping_address: fromMedusaAddress(order.shipping_address),
      payment: {
        code: method?.code ?? null,
        name: method?.name ?? null,
        status,
        bank_transfer:
          method?.code === "bank_transfer" && status === "awaiting" && account
            ? { ...account, amount: Number(order.total), memo: transferMemo(order.display_id) }
            : null,
      },
      item_total: Number(order.item_total),
      discount_total: Number(order.discount_total),
      shipping_total: Number(order.shipping_total),
      total: Number(order.total),
      shipments,
      can_cancel: Boolean(access.customerId && order.customer_id === access.customerId) && canCancel(order, shipments),
      belongs_to_customer: Boolean(access.customerId && order.customer_id === access.customerId),
    }
  })
}

/** The account shoppers transfer to: the bank transfer provider's options. */
function bankAccount() {
  const offline = paymentProviders().find((p: any) => p.id === "offline") as any
  const { bank_name, account_name, account_number, branch } = offline?.options ?? {}
  return bank_name ? { bank_name, account_name, account_number, branch: branch ?? null } : null
}
