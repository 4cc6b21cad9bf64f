import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPortalProducts, producerProductIds } from "../../../../lib/portal/product-rows"
import { addDays } from "../../../../utils/vn-date"
import { provinceProducerIds } from "../../context"

/** GET /province/certificates/expiring?days=60 — certificates in force in the province that lapse within the window. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days } = (req as any).validatedQuery as { days: number }
  const producerIds = await provinceProducerIds(req)
  const ids = producerIds.length ? await producerProductIds(req.scope, producerIds) : []
  const products = ids.length ? await loadPortalProducts(req.scope, { id: ids }) : []
  res.json({ certificates: expiringWithin(products, days) })
}

export function expiringWithin(products: any[], days: number, now = new Date()) {
  const until = addDays(now, days).getTime()
  return products
    .filter((p) => p.certificate && new Date(p.certificate.expires_at).getTime() <= until)
    .map((p) => ({
      ...p.certificate,
      product: { id: p.id, title: p.title, handle: p.handle },
      producer: p.producer,
    }))
    .sort((a, b) => new Date(a.expires_at).getTime() - new Date(b.expires_at).getTime())
}
