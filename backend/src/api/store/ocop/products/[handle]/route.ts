import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadProductViews } from "../../../../../lib/ocop-catalog/product-view"
import { withCurrentStock } from "../../../../../lib/ocop-catalog/product-stock"
import { priceContext, salesChannelIdsOf } from "../../../../../lib/ocop-catalog/price-context"
import { cachedCatalogueAnswer } from "../../../../../lib/catalogue-cache"

/** GET /store/ocop/products/:handle — one product with its certificate panel and certificate history. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { region_id } = (req as any).validatedQuery as { region_id?: string }
  const salesChannelIds = salesChannelIdsOf(req)
  const product = await cachedCatalogueAnswer(req.scope, "product", [req.params.handle, region_id, salesChannelIds], async (now) => {
    const { products } = await loadProductViews(
      req.scope,
      { handle: req.params.handle, status: "published" },
      { price: await priceContext(req, region_id), detail: true, now }
    )
    // Products of producers that are not (or no longer) approved, or outside the key's channels, are not for sale here.
    const channels = new Set(salesChannelIds)
    return products.find((p) => p.producer?.status === "approved" && (p.sales_channel_ids ?? []).some((id) => channels.has(id))) ?? null
  }, {
    // Called for a product only, never for the null of one not for sale.
    restock: async (kept) => (await withCurrentStock(req.scope, [kept!], salesChannelIds[0]))[0],
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm "${req.params.handle}".`)
  }
  res.json({ product })
}
