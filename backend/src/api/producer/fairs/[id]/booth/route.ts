import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyForBoothWorkflow } from "../../../../../workflows/apply-for-booth"
import { boothDetail } from "../../../../../lib/fairs/booth-detail"
import { producerContext } from "../../../context"

/** POST /producer/fairs/:id/booth — applies for a booth with the products the producer brings. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const { producer } = producerContext(req)
  const { result } = await applyForBoothWorkflow(req.scope).run({
    input: { fair_id: req.params.id, producer_id: producer.id, note: req.validatedBody.note, products: req.validatedBody.products },
  })
  res.status(201).json({ booth: await boothDetail(req.scope, result) })
}
