import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPortalProducts, producerProductIds } from "../../../lib/portal/product-rows"
import { provinceProducerIds } from "../context"

const STATUS_OF_STATE = { pending: "proposed", approved: "published", rejected: "rejected" } as const

/** GET /province/products?state=pending — the province's producers' products by moderation state. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { state } = (req as any).validatedQuery as { state: keyof typeof STATUS_OF_STATE }
  const producerIds = await provinceProducerIds(req)
  const ids = producerIds.length ? await producerProductIds(req.scope, producerIds) : []
  res.json({ products: ids.length ? await loadPortalProducts(req.scope, { id: ids, status: STATUS_OF_STATE[state] }) : [] })
}
