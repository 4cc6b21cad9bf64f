import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { certificateStatus, currentCertificate } from "../../../../../modules/ocop/certificate-status"

/** GET /admin/products/:id/ocop — the product's producer, origin region and full certificate history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "title", "producer.*", "origin_region.*"],
    filters: { id: req.params.id },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${req.params.id}.`)
  const certificates = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listCertificates({ product_id: req.params.id }, { order: { valid_from: "DESC" } })
  const now = new Date()
  const current = currentCertificate(certificates, now)
  res.json({
    producer: (product as any).producer ?? null,
    origin_region: (product as any).origin_region ?? null,
    current_certificate_id: current?.id ?? null,
    certificates: certificates.map((c) => ({ ...c, status: certificateStatus(c, now) })),
  })
}
