import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairsWithBooths, toFairSummaries } from "../../../lib/fairs/fair-view"
import { createFairWorkflow } from "../../../workflows/create-fair"
import { officerContext } from "../context"

/** GET /province/fairs — the province's fairs, drafts included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const code = officerContext(req).officer.province_code
  res.json({ fairs: (await toFairSummaries(req.scope, await listFairsWithBooths(req.scope, { organiser_province_code: code }))).reverse() })
}

/** POST /province/fairs — the officer's province opens a fair. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const code = officerContext(req).officer.province_code
  const { result } = await createFairWorkflow(req.scope).run({ input: { ...req.validatedBody, organiser_province_code: code } })
  const [fair] = await toFairSummaries(req.scope, [result])
  res.status(201).json({ fair })
}
