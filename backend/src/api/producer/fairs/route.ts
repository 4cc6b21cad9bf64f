import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairsWithBooths, toFairSummaries } from "../../../lib/fairs/fair-view"
import { boothDetail } from "../../../lib/fairs/booth-detail"
import { boothViews } from "../../../lib/fairs/booth-view"
import { producerContext } from "../context"

/** GET /producer/fairs — published fairs not yet over, with this producer's booth if it applied. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerContext(req)
  const fairs = await listFairsWithBooths(req.scope, { status: "published" })
  const summaries = await toFairSummaries(req.scope, fairs)
  const rows: any[] = []
  for (const summary of summaries.filter((f) => f.phase !== "ended")) {
    const own = fairs.find((f) => f.id === summary.id)!.booths.find((b: any) => b.producer_id === producer.id)
    const [view] = own ? await boothViews(req.scope, [own]) : []
    rows.push({ ...summary, booth: view ? await boothDetail(req.scope, view) : null })
  }
  res.json({ fairs: rows })
}
