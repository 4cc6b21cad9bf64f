import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { officerContext } from "../context"

/** GET /province/producers?status= — the province's producers, oldest waiting first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = (req as any).validatedQuery as { status?: string }
  const producers = await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers(
    { province_code: officerContext(req).officer.province_code, ...(status ? { status } : {}) } as any,
    { order: { created_at: "ASC" } }
  )
  res.json({ producers })
}
