import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairResults, resultsCsv } from "../../../../../lib/fairs/results"
import { ownFair } from "../../own-fair"

/** GET /province/fairs/:id/results.csv — the day-by-day results for a spreadsheet. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await ownFair(req, ["booths"])
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ket-qua-${fair.slug}.csv"`)
  res.send(resultsCsv(await fairResults(req.scope, fair)))
}
