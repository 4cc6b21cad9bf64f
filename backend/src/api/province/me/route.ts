import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GEO_MODULE } from "../../../modules/geo"
import type GeoModuleService from "../../../modules/geo/service"
import { OFFICER_MODULE } from "../../../modules/officer"
import type OfficerModuleService from "../../../modules/officer/service"
import { officerContext } from "../context"

/** GET /province/me — the officer, its province and the province's settings. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { officer } = officerContext(req)
  const [province] = await req.scope.resolve<GeoModuleService>(GEO_MODULE).listProvinces({ code: officer.province_code })
  const settings = await req.scope.resolve<OfficerModuleService>(OFFICER_MODULE).policyFor(officer.province_code)
  res.json({ officer, province: { code: province.code, name: province.name }, settings })
}
