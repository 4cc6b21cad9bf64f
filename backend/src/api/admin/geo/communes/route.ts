import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GEO_MODULE } from "../../../../modules/geo"
import type GeoModuleService from "../../../../modules/geo/service"

/** GET /admin/geo/communes?province_code= — the communes of one province, for location pickers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const provinceCode = typeof req.query.province_code === "string" ? req.query.province_code : undefined
  const communes = await req.scope
    .resolve<GeoModuleService>(GEO_MODULE)
    .listCommunes(provinceCode ? { province_code: provinceCode } : {}, { order: { name: "ASC" } })
  res.json({ communes })
}
