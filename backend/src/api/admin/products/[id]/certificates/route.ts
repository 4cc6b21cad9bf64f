import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certifyProductWorkflow, type CertifyProductInput } from "../../../../../workflows/certify-product"
import { certificateStatus } from "../../../../../modules/ocop/certificate-status"

/** POST /admin/products/:id/certificates — record an OCOP recognition decision. */
export async function POST(req: AuthenticatedMedusaRequest<Omit<CertifyProductInput, "product_id">>, res: MedusaResponse) {
  const { result } = await certifyProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.status(201).json({ certificate: { ...result, status: certificateStatus(result) } })
}
