import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { createProducerWorkflow, type CreateProducerInput } from "../../../workflows/create-producer"

/** GET /admin/producers — every producer, any status, for the dashboard's producers page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, province_code, q, limit, offset } = (req as any).validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (province_code) filters.province_code = province_code
  if (q) filters.q = q
  const [producers, count] = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listAndCountProducers(filters, { skip: offset, take: limit, order: { name: "ASC" } })
  res.json({ producers, count, limit, offset })
}

/** POST /admin/producers — register a producer (pending unless a status is given). */
export async function POST(req: AuthenticatedMedusaRequest<CreateProducerInput>, res: MedusaResponse) {
  const { result } = await createProducerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ producer: result })
}
