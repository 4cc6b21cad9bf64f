import type { MedusaRequest } from "@medusajs/framework/http"
import { findOcopProductIds } from "../ocop-catalog/find-product-ids"
import { loadProductViews } from "../ocop-catalog/product-view"
import { priceContext, salesChannelIdsOf } from "../ocop-catalog/price-context"
import type { OcopProductFilters } from "../ocop-catalog/filters"
import { fairPhase, fairPriceOf } from "../../modules/fair/phase"

/**
 * The products on a fair's approved booths that a shopper may see: on sale,
 * from an approved producer, with a certificate in force. While the fair is
 * live the price is the fair price (Medusa's price list) and the usual price
 * comes along to be struck through. Featured first, then by booth number.
 */
export async function loadFairProducts(req: MedusaRequest, fair: any, booths: any[], filters: OcopProductFilters = {}) {
  const now = new Date()
  const boothProducts = booths.flatMap((booth) => (booth.products ?? []).map((bp: any) => ({ ...bp, booth })))
  if (!boothProducts.length) return []
  const ids = await findOcopProductIds(req.scope, filters, {
    now,
    salesChannelIds: salesChannelIdsOf(req),
    productIds: boothProducts.map((bp) => bp.product_id),
  })
  if (!ids.length) return []
  const { products } = await loadProductViews(req.scope, { id: ids }, { price: await priceContext(req), now })
  const live = fair.status === "published" && fairPhase(fair, now) === "live"
  return products
    .filter((product) => product.ocop.is_ocop)
    .map((product) => {
      const bp = boothProducts.find((b) => b.product_id === product.id)!
      const first = product.variants[0]
      const regular = first?.original_price ?? first?.price ?? null
      return {
        ...product,
        booth_number: bp.booth.number,
        booth_id: bp.booth.id,
        featured: Boolean(bp.featured),
        regular_price: regular,
        fair_price: live && regular != null ? (first?.price != null && first.price < regular ? first.price : fairPriceOf(regular, bp)) : null,
        discount_percent: bp.discount_percent ?? (bp.fair_price != null && regular ? Math.round((1 - bp.fair_price / regular) * 100) : null),
      }
    })
    .sort((a, b) => Number(b.featured) - Number(a.featured) || (a.booth_number ?? 0) - (b.booth_number ?? 0) || a.title.localeCompare(b.title, "vi"))
}

/** How many of the fair's products fall in each group and star level, for the filters. */
export function fairFacets(products: any[]) {
  const groups = new Map<string, { handle: string; name: string; count: number }>()
  const stars = new Map<number, number>()
  for (const product of products) {
    const top = product.groups?.[0]?.parent ?? product.groups?.[0]
    if (top) groups.set(top.handle, { handle: top.handle, name: top.name, count: (groups.get(top.handle)?.count ?? 0) + 1 })
    if (product.ocop?.stars) stars.set(product.ocop.stars, (stars.get(product.ocop.stars) ?? 0) + 1)
  }
  return {
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    stars: [...stars].map(([value, count]) => ({ value, count })).sort((a, b) => b.value - a.value),
  }
}
