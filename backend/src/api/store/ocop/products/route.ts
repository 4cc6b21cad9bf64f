import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOcopProductPage } from "../../../../lib/ocop-catalog/find-product-ids"
import { loadProductViews } from "../../../../lib/ocop-catalog/product-view"
import { withCurrentStock } from "../../../../lib/ocop-catalog/product-stock"
import { priceContext, salesChannelIdsOf } from "../../../../lib/ocop-catalog/price-context"
import type { StoreOcopProductsQuery } from "../validators"
import { cachedCatalogueAnswer } from "../../../../lib/catalogue-cache"

/** GET /store/ocop/products — published OCOP products with stars, origin and producer, filterable. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = (req as any).validatedQuery as StoreOcopProductsQuery
  const { region_id, limit, offset, order, ...filters } = query
  const salesChannelIds = salesChannelIdsOf(req)
  const answer = await cachedCatalogueAnswer(req.scope, "products", [query, salesChannelIds], async (now) => {
    const [{ ids, count }, price] = await Promise.all([
      findOcopProductPage(req.scope, filters, { now, salesChannelIds, page: { limit, offset, order } }),
      priceContext(req, region_id),
    ])
    const products = ids.length ? (await loadProductViews(req.scope, { id: ids }, { price, now })).products : []
    // The page's order is the SQL's; Query answers in its own.
    const position = new Map(ids.map((id, i) => [id, i]))
    products.sort((a, b) => position.get(a.id)! - position.get(b.id)!)
    return { products, count, limit, offset }
  }, {
    restock: async (kept) => ({ ...kept, products: await withCurrentStock(req.scope, kept.products, salesChannelIds[0]) }),
  })
  res.json(answer)
}
