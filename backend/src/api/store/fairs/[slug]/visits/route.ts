import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publicFair } from "../../../../../lib/fairs/fair-view"
import { recordFairVisitWorkflow } from "../../../../../workflows/record-fair-visit"

/** POST /store/fairs/:slug/visits { visitor, booth_id? } — one view of the fair or one of its booths. */
export async function POST(req: MedusaRequest<{ visitor: string; booth_id?: string }>, res: MedusaResponse) {
  const fair = await publicFair(req.scope, req.params.slug)
  const { visitor, booth_id } = req.validatedBody
  if (booth_id && !(fair.booths ?? []).some((b: any) => b.id === booth_id && b.status === "approved")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy gian hàng.")
  }
  await recordFairVisitWorkflow(req.scope).run({ input: { fair_id: fair.id, booth_id: booth_id ?? null, visitor } })
  res.status(201).json({ ok: true })
}
