import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairsWithBooths, toFairSummaries } from "../../../lib/fairs/fair-view"

/** GET /store/fairs — fairs live now, upcoming and past (the phase follows the server's clock). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const now = new Date()
  const fairs = await toFairSummaries(req.scope, await listFairsWithBooths(req.scope, { status: ["published", "cancelled"] }), now)
  const open = fairs.filter((f) => f.status === "published")
  res.json({
    live: open.filter((f) => f.phase === "live"),
    upcoming: open.filter((f) => f.phase === "upcoming"),
    past: fairs.filter((f) => f.phase === "ended" || f.status === "cancelled").reverse(),
  })
}
