import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewBoothWorkflow } from "../../../../../../../workflows/review-booth"
import { featureBoothProductsWorkflow } from "../../../../../../../workflows/feature-booth-products"
import { boothViews } from "../../../../../../../lib/fairs/booth-view"
import { boothDetail } from "../../../../../../../lib/fairs/booth-detail"
import { fairService } from "../../../../../../../lib/fairs/fair-view"
import { ownFair } from "../../../../own-fair"

/** POST /province/fairs/:id/booths/:booth_id/approve|reject|featured */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const fair = await ownFair(req, ["booths"])
  const { booth_id, action } = req.params
  if (!fair.booths.some((b: any) => b.id === booth_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy gian hàng.")
  const body = req.validatedBody ?? {}
  if (action === "approve" || action === "reject") {
    await reviewBoothWorkflow(req.scope).run({
      input: { fair_id: fair.id, booth_id, decision: action, number: body.number ?? null, reason: body.reason ?? null },
    })
  } else if (action === "featured") {
    await featureBoothProductsWorkflow(req.scope).run({ input: { fair_id: fair.id, booth_id, product_ids: body.product_ids ?? [] } })
  } else {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có thao tác này.")
  }
  const booth = await fairService(req.scope).retrieveBooth(booth_id, { relations: ["products"] })
  const [view] = await boothViews(req.scope, [booth])
  res.json({ booth: await boothDetail(req.scope, view) })
}
