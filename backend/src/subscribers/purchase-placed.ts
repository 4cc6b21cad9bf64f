import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { PURCHASE_PLACED } from "../workflows/complete-purchase"
import { toOrderViews, findOrders } from "../lib/shopping/order-view"
import { orderLink } from "../lib/shopping/storefront-links"

/**
 * The order confirmation, through Medusa's notification module (the local
 * provider writes it to the log until e-mail is configured): the order code,
 * each producer's parcel, the total, how to pay, and the link to follow it.
 */
export default async function sendOrderConfirmation({ event, container }: SubscriberArgs<{ id: string; access_token?: string | null }>) {
  const { data } = await findOrders(container, { id: event.data.id })
  const [order] = await toOrderViews(container, data)
  if (!order?.email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-confirmation",
    // One message per order, even if the event is delivered twice.
    idempotency_key: `order-confirmation-${order.id}`,
    resource_id: order.id,
    resource_type: "order",
    data: {
      subject: `Chợ OCOP: đã nhận đơn hàng ${order.code}`,
      code: order.code,
      total: order.total,
      payment: order.payment,
      shipments: order.shipments.map((s) => ({ producer: s.producer.name, items: s.items, shipping_name: s.shipping_name, total: s.total })),
      link: orderLink(order.id, event.data.access_token),
    },
  })
}

export const config: SubscriberConfig = { event: PURCHASE_PLACED }
