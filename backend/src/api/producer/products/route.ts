import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerProductWorkflow, type CreateProducerProductInput } from "../../../workflows/create-producer-product"
import { loadPortalProducts, producerProductIds } from "../../../lib/portal/product-rows"
import { producerContext } from "../context"

/** GET /producer/products — the producer's own listings, whatever their status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ids = await producerProductIds(req.scope, producerContext(req).producer.id)
  res.json({ products: ids.length ? await loadPortalProducts(req.scope, { id: ids }) : [] })
}

/** POST /producer/products — a new listing; waits for the province unless the producer is trusted. */
export async function POST(
  req: AuthenticatedMedusaRequest<Omit<CreateProducerProductInput, "producer_id" | "trusted">>,
  res: MedusaResponse
) {
  const { producer } = producerContext(req)
  const { result: id } = await createProducerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: producer.id, trusted: producer.trusted },
  })
  const [product] = await loadPortalProducts(req.scope, { id })
  res.status(201).json({ product })
}
