import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairResults } from "../../../../../lib/fairs/results"
import { ownFair } from "../../own-fair"

/** GET /province/fairs/:id/results — visits, orders, revenue, top booths and products, day by day. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await fairResults(req.scope, await ownFair(req, ["booths"])))
}
