import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesChannelIdsOf } from "../../../../../lib/ocop-catalog/price-context"
import { suggestOcop } from "../../../../../lib/ocop-search/search"
import type { StoreOcopSuggestQuery } from "../validators"

/** GET /store/ocop/search/suggest?q= — instant suggestions for the header: products, provinces, groups. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q } = (req as any).validatedQuery as StoreOcopSuggestQuery
  res.json(await suggestOcop(req.scope, q, { salesChannelIds: salesChannelIdsOf(req) }))
}
