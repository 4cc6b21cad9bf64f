import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TRACE_MODULE } from "../../../modules/trace"
import type TraceModuleService from "../../../modules/trace/service"
import { issueStampLotWorkflow, type IssueStampLotInput } from "../../../workflows/issue-stamp-lot"

/** GET /admin/stamp-lots?product_id= — a product's lots with their stamp codes and scan counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = req.query.product_id
  if (typeof productId !== "string" || !productId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cần tham số product_id.")
  }
  const lots = await req.scope
    .resolve<TraceModuleService>(TRACE_MODULE)
    .listStampLots({ product_id: productId }, { relations: ["stamps", "events"], order: { produced_at: "DESC" } })
  res.json({ stamp_lots: lots })
}

/** POST /admin/stamp-lots — register a lot and issue its stamp codes. */
export async function POST(req: AuthenticatedMedusaRequest<IssueStampLotInput>, res: MedusaResponse) {
  const { result } = await issueStampLotWorkflow(req.scope).run({ input: req.validatedBody })
  const lot = await req.scope
    .resolve<TraceModuleService>(TRACE_MODULE)
    .retrieveStampLot(result.id, { relations: ["stamps", "events"] })
  res.status(201).json({ stamp_lot: lot })
}
