import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificateWorkflow } from "../../../../../workflows/revoke-certificate"
import { certificateStatus } from "../../../../../modules/ocop/certificate-status"

/** POST /admin/ocop-certificates/:id/revoke — withdraw a recognition, with the reason. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string; revoked_at?: Date }>, res: MedusaResponse) {
  const { result } = await revokeCertificateWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ certificate: { ...result, status: certificateStatus(result) } })
}
