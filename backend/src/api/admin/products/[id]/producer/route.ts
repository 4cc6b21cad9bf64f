import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductProducerWorkflow } from "../../../../../workflows/set-product-producer"

/** POST /admin/products/:id/producer — who makes this product (replaces the previous producer). */
export async function POST(req: AuthenticatedMedusaRequest<{ producer_id: string }>, res: MedusaResponse) {
  const { result } = await setProductProducerWorkflow(req.scope).run({
    input: { product_id: req.params.id, producer_id: req.validatedBody.producer_id },
  })
  res.json({ producer: result })
}
