import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadProducerViews } from "../../../../lib/ocop-catalog/producer-view"
import { findOcopProductPage } from "../../../../lib/ocop-catalog/find-product-ids"
import { loadProductViews } from "../../../../lib/ocop-catalog/product-view"
import { priceContext, salesChannelIdsOf } from "../../../../lib/ocop-catalog/price-context"

/** GET /store/producers/:slug — a producer's page: story, location and products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const {
    producers: [producer],
  } = await loadProducerViews(req.scope, { slug: req.params.slug })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chủ thể "${req.params.slug}".`)
  }
  const now = new Date()
  const { ids } = await findOcopProductPage(req.scope, { producer: req.params.slug }, {
    now,
    salesChannelIds: salesChannelIdsOf(req),
    page: { limit: 100, offset: 0, order: "title" },
  })
  const { products } = ids.length
    ? await loadProductViews(req.scope, { id: ids }, { price: await priceContext(req), now, pagination: { skip: 0, take: 100, order: { title: "ASC" } } })
    : { products: [] }
  res.json({ producer, products })
}
