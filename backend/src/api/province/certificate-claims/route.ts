import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { claimRow, loadPortalProducts } from "../../../lib/portal/product-rows"
import { provinceProducerIds } from "../context"

/** GET /province/certificate-claims?status=pending — certificates the province's producers declared. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = (req as any).validatedQuery as { status: string }
  const producerIds = await provinceProducerIds(req)
  const claims = producerIds.length
    ? await req.scope
        .resolve<OcopModuleService>(OCOP_MODULE)
        .listCertificateClaims({ producer_id: producerIds, status } as any, { order: { created_at: "ASC" } })
    : []
  const products = claims.length ? await loadPortalProducts(req.scope, { id: [...new Set(claims.map((c) => c.product_id))] }) : []
  const productById = new Map(products.map((p: any) => [p.id, p]))
  res.json({
    claims: claims.map((claim) => {
      const product = productById.get(claim.product_id)
      return {
        ...claimRow(claim),
        product: product ? { id: product.id, title: product.title, handle: product.handle, certificate: product.certificate } : null,
        producer: product?.producer ?? null,
      }
    }),
  })
}
