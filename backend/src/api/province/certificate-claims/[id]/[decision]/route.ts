import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { claimRow } from "../../../../../lib/portal/product-rows"
import { reviewCertificateClaimWorkflow } from "../../../../../workflows/review-certificate-claim"
import { provinceProducerIds } from "../../../context"

/** POST /province/certificate-claims/:id/{approve|reject} — record the declared certificate, or refuse it with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  const decision = req.params.decision
  if (decision !== "approve" && decision !== "reject") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có thao tác "${decision}".`)
  }
  const [claim] = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listCertificateClaims({ id: req.params.id, producer_id: await provinceProducerIds(req) } as any)
  if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy khai báo chứng nhận ${req.params.id} trong tỉnh.`)
  if (decision === "reject" && !req.validatedBody.reason) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cần ghi lý do từ chối.")
  const { result } = await reviewCertificateClaimWorkflow(req.scope).run({
    input: { id: claim.id, decision, note: req.validatedBody.reason },
  })
  res.json({ claim: claimRow(result) })
}
