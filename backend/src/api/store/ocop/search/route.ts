import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesChannelIdsOf } from "../../../../lib/ocop-catalog/price-context"
import { searchOcopProducts } from "../../../../lib/ocop-search/search"
import type { StoreOcopSearchQuery } from "./validators"

/**
 * GET /store/ocop/search — Vietnamese-aware product search with OCOP facets
 * (stars in force, province on today's map, group, producer type, price),
 * over the products of the publishable key's sales channels. Hits at a live
 * fair carry its badge and fair price.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = (req as any).validatedQuery as StoreOcopSearchQuery
  res.json(await searchOcopProducts(req.scope, params, { salesChannelIds: salesChannelIdsOf(req) }))
}
