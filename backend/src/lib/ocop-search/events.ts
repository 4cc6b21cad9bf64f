import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>
type Event = { name: string; data?: any }

/**
 * Emitted by `refreshSearchAfter` (src/api/search-refresh.ts) once an admin
 * request has changed what no workflow event reports: a product's producer,
 * or which products a sales channel or category holds (Medusa's link events
 * do not name the product). Data: `{ id: product_id }`.
 */
export const PRODUCT_SEARCH_CHANGED = "ocop_product.changed"

/**
 * Every event after which some product's search document may be stale. The
 * Search Module subscribes to them and hands each to the index's `consume`.
 */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "pricing.price.created",
  "pricing.price.updated",
  "pricing.price.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "product-category.updated",
  "ocop_certificate.created",
  "ocop_certificate.revoked",
  "ocop_certificate.expired",
  "producer.updated",
  PRODUCT_SEARCH_CHANGED,
]

const idsOf = (data: any, key = "id"): string[] =>
  (Array.isArray(data) ? data : [data]).map((d) => d?.[key]).filter((id): id is string => typeof id === "string")

const column = (rows: any[], key: string): string[] => [
  ...new Set(rows.map((r) => r?.[key]).filter((v): v is string => typeof v === "string")),
]

async function productsOfVariants(query: Query, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return column(data, "product_id")
}

async function productsOfInventoryItems(query: Query, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id"],
    filters: { inventory_item_id: inventoryItemIds },
  })
  return productsOfVariants(query, column(data, "variant_id"))
}

/** The products an event is about, read back through Query (deleted rows included). */
export async function productIdsForEvent(event: Event, query: Query): Promise<string[]> {
  const entity = event.name.slice(0, event.name.lastIndexOf("."))
  const data = event.data

  switch (entity) {
    case "product":
    case "ocop_product":
      return idsOf(data)
    case "product-variant":
      return productsOfVariants(query, idsOf(data))
    case "pricing.price": {
      const { data: prices } = await query.graph({
        entity: "price",
        fields: ["price_set_id"],
        filters: { id: idsOf(data) },
        withDeleted: true,
      })
      const priceSetIds = column(prices, "price_set_id")
      if (!priceSetIds.length) return []
      const { data: links } = await query.graph({
        entity: "product_variant_price_set",
        fields: ["variant_id"],
        filters: { price_set_id: priceSetIds },
      })
      return productsOfVariants(query, column(links, "variant_id"))
    }
    case "inventory-level":
    case "reservation-item": {
      const { data: rows } = await query.graph({
        entity: entity === "inventory-level" ? "inventory_level" : "reservation_item",
        fields: ["inventory_item_id"],
        filters: { id: idsOf(data) },
        withDeleted: true,
      })
      return productsOfInventoryItems(query, column(rows, "inventory_item_id"))
    }
    case "product-category": {
      const { data: categories } = await query.graph({
        entity: "product_category",
        fields: ["products.id"],
        filters: { id: idsOf(data) },
      })
      return [...new Set(categories.flatMap((c: any) => (c.products ?? []).filter(Boolean).map((p: any) => p.id as string)))]
    }
    case "ocop_certificate":
      return idsOf(data, "product_id")
    case "producer": {
      const { data: producers } = await query.graph({
        entity: "producer",
        fields: ["products.id"],
        filters: { id: idsOf(data) },
      })
      return [...new Set(producers.flatMap((p: any) => (p.products ?? []).filter(Boolean).map((product: any) => product.id as string)))]
    }
    default:
      return []
  }
}
