import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairResults } from "../../../../../lib/fairs/results"
import { toFairSummaries } from "../../../../../lib/fairs/fair-view"
import { ownFair } from "../../own-fair"

/** GET /province/fairs/:id/results — visits, orders, revenue, top booths and products, day by day. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, ["booths"])
  const [summary] = await toFairSummaries(req.scope, [fair])
  res.json({ fair: summary, ...(await fairResults(req.scope, fair)) })
}
