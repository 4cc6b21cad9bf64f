import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/** Producer orders with the shopper's delivery details from their purchase. */
export async function loadProducerOrderRows(container: MedusaContainer, orders: any[]) {
  if (!orders.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: purchases } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "created_at", "shipping_address.*", "shipping_methods.name"],
    filters: { id: [...new Set(orders.map((o) => o.order_id))] },
  })
  const purchaseById = new Map(purchases.map((p: any) => [p.id, p]))
  // Every part of the same purchases (other producers' too, ids only): numbers parts "12-1", "12-2".
  const parts = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: [...purchaseById.keys()] }, { select: ["id", "order_id"], order: { created_at: "ASC", id: "ASC" } })
  return orders.map((order) => {
    const purchase: any = purchaseById.get(order.order_id) ?? {}
    const address = purchase.shipping_address ?? {}
    return {
      id: order.id,
      display_id: `${purchase.display_id ?? "?"}-${parts.filter((p) => p.order_id === order.order_id).findIndex((p) => p.id === order.id) + 1}`,
      purchase_id: order.order_id,
      status: order.status,
      created_at: order.created_at,
      email: purchase.email ?? null,
      shipping_method: purchase.shipping_methods?.map((m: any) => m.name).join(", ") ?? null,
      shipping_address: {
        first_name: address.first_name ?? null,
        last_name: address.last_name ?? null,
        phone: address.phone ?? null,
        address_1: address.address_1 ?? null,
        address_2: address.address_2 ?? null,
        city: address.city ?? null,
        province: address.province ?? null,
      },
      items: (order.items ?? []).map((item: any) => ({
        id: item.id,
        title: item.title,
        variant_title: item.variant_title ?? null,
        product_id: item.product_id,
        quantity: item.quantity,
        unit_price: item.unit_price,
        total: item.total,
        thumbnail: item.thumbnail ?? null,
      })),
      item_total: Number(order.item_total),
      shipping_total: Number(order.shipping_total),
      total: Number(order.total),
      carrier: order.carrier,
      tracking_number: order.tracking_number,
      confirmed_at: order.confirmed_at,
      shipped_at: order.shipped_at,
      cancelled_at: order.cancelled_at,
      cancel_reason: order.cancel_reason,
    }
  })
}
