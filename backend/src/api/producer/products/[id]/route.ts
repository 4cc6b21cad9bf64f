import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateProducerProductWorkflow, type UpdateProducerProductInput } from "../../../../workflows/update-producer-product"
import { assertProducerProduct, loadPortalProducts } from "../../../../lib/portal/product-rows"
import { producerContext } from "../../context"

/** GET /producer/products/:id — one of the producer's listings (another producer's is 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertProducerProduct(req.scope, producerContext(req).producer.id, req.params.id)
  const [product] = await loadPortalProducts(req.scope, { id: req.params.id })
  res.json({ product })
}

/** POST /producer/products/:id — edit text, pictures, prices and stock of its own variants. */
export async function POST(req: AuthenticatedMedusaRequest<Omit<UpdateProducerProductInput, "id">>, res: MedusaResponse) {
  await assertProducerProduct(req.scope, producerContext(req).producer.id, req.params.id)
  const [current] = await loadPortalProducts(req.scope, { id: req.params.id })
  const foreign = (req.validatedBody.variants ?? []).find((v) => !current.variants.some((own: any) => own.id === v.id))
  if (foreign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sản phẩm này không có quy cách ${foreign.id}.`)
  await updateProducerProductWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const [product] = await loadPortalProducts(req.scope, { id: req.params.id })
  res.json({ product })
}
