import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { loadProducerOrderRows } from "../../../../../lib/portal/producer-order-rows"
import { updateProducerOrderWorkflow, type ProducerOrderAction } from "../../../../../workflows/update-producer-order"
import { producerContext } from "../../../context"
import { ProducerShipOrder, Reason } from "../../../validators"
import { explain } from "../../../../validation"

const BODIES: Record<string, z.ZodType> = { confirm: z.object({}), ship: ProducerShipOrder, cancel: Reason }

/** POST /producer/orders/:id/{confirm|ship|cancel} — move the producer's own order along. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const action = req.params.action
  const schema = BODIES[action]
  if (!schema) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có thao tác "${action}".`)
  const body = schema.safeParse(req.body ?? {})
  if (!body.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Dữ liệu không hợp lệ: ${explain(body.error)}`)
  }
  const { result } = await updateProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: producerContext(req).producer.id, action, ...(body.data as object) } as ProducerOrderAction & {
      id: string
      producer_id: string
    },
  })
  const [order] = await loadProducerOrderRows(req.scope, [result])
  res.json({ order })
}
