import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { loadProducerOrderRows } from "../../../../lib/portal/producer-order-rows"
import { producerContext } from "../../context"

/** GET /producer/orders/:id — one of this producer's orders (another producer's is 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orders = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ id: req.params.id, producer_id: producerContext(req).producer.id })
  if (!orders.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${req.params.id}.`)
  const [order] = await loadProducerOrderRows(req.scope, orders)
  res.json({ order })
}
