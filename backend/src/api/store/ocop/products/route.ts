import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOcopProductIds } from "../../../../lib/ocop-catalog/find-product-ids"
import { loadProductViews } from "../../../../lib/ocop-catalog/product-view"
import { priceContext, salesChannelIdsOf } from "../../../../lib/ocop-catalog/price-context"
import type { StoreOcopProductsQuery } from "../validators"

// The id breaks ties (seeded products share created_at), so pages never repeat or skip a product.
const ORDER = {
  newest: { created_at: "DESC", id: "DESC" },
  title: { title: "ASC", id: "ASC" },
} as const

/** GET /store/ocop/products — published OCOP products with stars, origin and producer, filterable. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { region_id, limit, offset, order, ...filters } = (req as any).validatedQuery as StoreOcopProductsQuery
  const now = new Date()
  const [ids, price] = await Promise.all([findOcopProductIds(req.scope, filters, { now, salesChannelIds: salesChannelIdsOf(req) }), priceContext(req, region_id)])
  const { products, count } = ids.length
    ? await loadProductViews(req.scope, { id: ids, status: "published" }, {
        price,
        now,
        pagination: { skip: offset, take: limit, order: { ...ORDER[order] } },
      })
    : { products: [], count: 0 }
  res.json({ products, count, limit, offset })
}
