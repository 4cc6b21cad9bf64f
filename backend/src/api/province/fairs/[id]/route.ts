import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sessionViews, toFairSummaries } from "../../../../lib/fairs/fair-view"
import { boothViews } from "../../../../lib/fairs/booth-view"
import { boothDetail } from "../../../../lib/fairs/booth-detail"
import { updateFairWorkflow } from "../../../../workflows/update-fair"
import { ownFair } from "../own-fair"

async function fairPage(req: AuthenticatedMedusaRequest) {
  const fair = await ownFair(req)
  const [summary] = await toFairSummaries(req.scope, [fair])
  const booths = await Promise.all((await boothViews(req.scope, fair.booths ?? [])).map((b) => boothDetail(req.scope, b)))
  return { fair: { ...summary, sessions: sessionViews(fair) }, booths: booths.sort((a, b) => (a.number ?? 999) - (b.number ?? 999)) }
}

/** GET /province/fairs/:id — the fair with its schedule and every application. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await fairPage(req))
}

/** POST /province/fairs/:id — edits the fair (times, status, schedule). */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await ownFair(req)
  await updateFairWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json(await fairPage(req))
}
