import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateProducerProductWorkflow } from "../../../../workflows/update-producer-product"
import { addProductVariantsWorkflow } from "../../../../workflows/add-product-variants"
import type { NewVariant } from "../../../../workflows/create-producer-product"
import type { ProducerUpdateProduct } from "../../validators"
import type { z } from "zod"

type VariantChange = { id: string; price?: number; stock?: number }
import { assertProducerProduct, loadPortalProducts } from "../../../../lib/portal/product-rows"
import { producerContext } from "../../context"

/** GET /producer/products/:id — one of the producer's listings (another producer's is 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertProducerProduct(req.scope, producerContext(req).producer.id, req.params.id)
  const [product] = await loadPortalProducts(req.scope, { id: req.params.id })
  res.json({ product })
}

/** POST /producer/products/:id — edit text and pictures, prices and stock of its own variants, add pack sizes. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ProducerUpdateProduct>>, res: MedusaResponse) {
  await assertProducerProduct(req.scope, producerContext(req).producer.id, req.params.id)
  const [current] = await loadPortalProducts(req.scope, { id: req.params.id })
  const changes = (req.validatedBody.variants ?? []).filter((v): v is VariantChange => "id" in v)
  const additions = (req.validatedBody.variants ?? []).filter((v): v is NewVariant => !("id" in v))
  const foreign = changes.find((v) => !current.variants.some((own: any) => own.id === v.id))
  if (foreign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sản phẩm này không có quy cách ${foreign.id}.`)
  if (additions.length) {
    await addProductVariantsWorkflow(req.scope).run({ input: { product_id: req.params.id, variants: additions } })
  }
  await updateProducerProductWorkflow(req.scope).run({ input: { ...req.validatedBody, variants: changes, id: req.params.id } })
  const [product] = await loadPortalProducts(req.scope, { id: req.params.id })
  res.json({ product })
}
