import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GEO_MODULE } from "../../../../modules/geo"
import type GeoModuleService from "../../../../modules/geo/service"

/** GET /store/geo/communes?province_code= — a province's communes, for the producer sign-up form. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { province_code } = (req as any).validatedQuery as { province_code: string }
  const communes = await req.scope
    .resolve<GeoModuleService>(GEO_MODULE)
    .listCommunes({ province_code }, { order: { name: "ASC" }, select: ["code", "name", "province_code"] })
  res.json({ communes })
}
