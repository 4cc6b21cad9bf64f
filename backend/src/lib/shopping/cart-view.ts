import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { loadGeoIndex } from "../ocop-catalog/geo-index"
import { paymentMethodOf } from "./payment-methods"
import { fromMedusaAddress } from "./vn-address"
import { variantAvailability } from "../ocop-catalog/variant-availability"

const CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "region_id",
  "sales_channel_id",
  "completed_at",
  "item_total",
  "discount_total",
  "shipping_total",
  "total",
  "items.id",
  "items.product_id",
  "items.product_handle",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.created_at",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "promotions.code",
  "shipping_address.*",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payment_sessions.data",
]

/** Which producer each product comes from, and which producer each shipping profile belongs to. */
export async function loadProducersOf(container: MedusaContainer, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "producer.id", "producer.name", "producer.slug", "producer.province_code", "producer.shipping_profile.id"],
        filters: { id: productIds },
      })
    : { data: [] as any[] }
  const producerOfProduct = new Map<string, any>(products.map((p: any) => [p.id, p.producer] as [string, any]))
  const producerOfProfile = new Map<string, any>()
  for (const producer of producerOfProduct.values()) {
    if (producer?.shipping_profile?.id) producerOfProfile.set(producer.shipping_profile.id, producer)
  }
  return { producerOfProduct, producerOfProfile }
}

/** The cart as the storefront shows it: items grouped by producer, each group with its delivery choice. */
export async function loadCartView(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = (await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })) as { data: any[] }
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy giỏ hàng.")

  const items: any[] = [...(cart.items ?? [])].sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at)))
  const { producerOfProduct, producerOfProfile } = await loadProducersOf(container, [...new Set(items.map((i: any) => i.product_id))])
  const variantIds = items.map((i: any) => i.variant_id).filter(Boolean)
  const availability = variantIds.length && cart.sales_channel_id
    ? await variantAvailability(query, variantIds, cart.sales_channel_id)
    : {}
  const methods: any[] = cart.shipping_methods ?? []
  const options = methods.length
    ? await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: methods.map((m: any) => m.shipping_option_id) }, { relations: ["type"] })
    : []
  const optionById = new Map(options.map((o: any) => [o.id, o]))
  const geo = await loadGeoIndex(container)

  const groups = new Map<string, any>()
  for (const item of items) {
    const producer = producerOfProduct.get(item.product_id)
    const key = producer?.id ?? "unknown"
    if (!groups.has(key)) {
      groups.set(key, {
        producer: producer
          ? { id: producer.id, name: producer.name, slug: producer.slug, province_name: geo.province.get(producer.province_code)?.name ?? null }
          : { id: null, name: "—", slug: null, province_name: null },
        profile_id: producer?.shipping_profile?.id ?? null,
        items: [],
        item_total: 0,
        shipping: null,
      })
    }
    const group = groups.get(key)
    const quantity = Number(item.quantity)
    const unitPrice = Number(item.unit_price)
    const available = (availability as any)[item.variant_id]?.availability
    group.items.push({
      id: item.id,
      product_id: item.product_id,
      handle: item.product_handle,
      title: item.product_title,
      variant_id: item.variant_id,
      variant_title: item.variant_title,
      thumbnail: item.thumbnail,
      quantity,
      unit_price: unitPrice,
      total: unitPrice * quantity,
      available: available == null ? null : Number(available),
    })
    group.item_total += unitPrice * quantity
  }
  for (const method of methods) {
    const option: any = optionById.get(method.shipping_option_id)
    const producer = option ? producerOfProfile.get(option.shipping_profile_id) : null
    const group = producer ? groups.get(producer.id) : null
    if (group) group.shipping = { option_id: option.id, code: option.type?.code ?? null, name: method.name, amount: Number(method.amount) }
  }

  const session = (cart.payment_collection?.payment_sessions ?? [])[0]
  return {
    id: cart.id,
    email: cart.email ?? null,
    customer_id: cart.customer_id ?? null,
    region_id: cart.region_id,
    completed_at: cart.completed_at ?? null,
    groups: [...groups.values()].map(({ profile_id, ...group }) => group),
    item_count: items.reduce((sum: number, i: any) => sum + Number(i.quantity), 0),
    item_total: Number(cart.item_total ?? 0),
    discount_total: Number(cart.discount_total ?? 0),
    shipping_total: Number(cart.shipping_total ?? 0),
    total: Number(cart.total ?? 0),
    promotions: (cart.promotions ?? []).filter((p: any) => p?.code).map((p: any) => ({ code: p.code })),
    // Medusa may keep an empty address row on a new cart.
    shipping_address: cart.shipping_address?.address_1 ? fromMedusaAddress(cart.shipping_address) : null,
    payment: session
      ? {
          provider_id: session.provider_id,
          code: paymentMethodOf(session.provider_id)?.code ?? null,
          status: session.status,
          client_secret: session.data?.client_secret ?? null,
        }
      : null,
  }
}

export type CartView = Awaited<ReturnType<typeof loadCartView>>
