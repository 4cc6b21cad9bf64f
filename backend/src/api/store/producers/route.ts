import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GEO_MODULE } from "../../../modules/geo"
import type GeoModuleService from "../../../modules/geo/service"
import { loadProducerViews } from "../../../lib/ocop-catalog/producer-view"
import type { StoreProducersQuery } from "./validators"

/** GET /store/producers — approved producers, by province (new or old name) and type. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { province, type, limit, offset } = (req as any).validatedQuery as StoreProducersQuery
  const filters: Record<string, unknown> = {}
  if (province) {
    const codes = await req.scope.resolve<GeoModuleService>(GEO_MODULE).resolveProvinceCodes(province)
    if (!codes.length) return res.json({ producers: [], count: 0, limit, offset })
    filters.province_code = codes
  }
  if (type?.length) filters.type = type
  const { producers, count } = await loadProducerViews(req.scope, filters, { skip: offset, take: limit })
  res.json({ producers, count, limit, offset })
}
