import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { loadProducerOrderRows } from "../../../lib/portal/producer-order-rows"
import { producerContext } from "../context"

/** GET /producer/orders?status= — this producer's orders only, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = (req as any).validatedQuery
  const [orders, count] = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listAndCountProducerOrders(
      { producer_id: producerContext(req).producer.id, ...(status ? { status } : {}) },
      { order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ orders: await loadProducerOrderRows(req.scope, orders), count })
}
