import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadGeoIndex } from "../../../../lib/ocop-catalog/geo-index"

/** GET /admin/geo/provinces — for location pickers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { provinces } = await loadGeoIndex(req.scope)
  res.json({ provinces })
}
