import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertProducerProduct, loadPortalProducts } from "../../../../../lib/portal/product-rows"
import { reviewProducerProductWorkflow } from "../../../../../workflows/review-producer-product"
import { provinceProducerIds } from "../../../context"

/** POST /province/products/:id/{approve|reject} — publish a producer's product, or send it back with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  const decision = req.params.decision
  if (decision !== "approve" && decision !== "reject") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có thao tác "${decision}".`)
  }
  await assertProducerProduct(req.scope, await provinceProducerIds(req), req.params.id)
  if (decision === "reject" && !req.validatedBody.reason) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cần ghi lý do từ chối.")
  await reviewProducerProductWorkflow(req.scope).run({ input: { id: req.params.id, decision, note: req.validatedBody.reason } })
  const [product] = await loadPortalProducts(req.scope, { id: req.params.id })
  res.json({ product })
}
