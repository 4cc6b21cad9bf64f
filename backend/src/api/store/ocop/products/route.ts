import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOcopProductPage } from "../../../../lib/ocop-catalog/find-product-ids"
import { loadProductViews } from "../../../../lib/ocop-catalog/product-view"
import { priceContext, salesChannelIdsOf } from "../../../../lib/ocop-catalog/price-context"
import type { StoreOcopProductsQuery } from "../validators"

/** GET /store/ocop/products — published OCOP products with stars, origin and producer, filterable. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { region_id, limit, offset, order, ...filters } = (req as any).validatedQuery as StoreOcopProductsQuery
  const now = new Date()
  const [{ ids, count }, price] = await Promise.all([
    findOcopProductPage(req.scope, filters, { now, salesChannelIds: salesChannelIdsOf(req), page: { limit, offset, order } }),
    priceContext(req, region_id),
  ])
  const products = ids.length ? (await loadProductViews(req.scope, { id: ids }, { price, now })).products : []
  // The page's order is the SQL's; Query answers in its own.
  const position = new Map(ids.map((id, i) => [id, i]))
  products.sort((a, b) => position.get(a.id)! - position.get(b.id)!)
  res.json({ products, count, limit, offset })
}
