import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducerWorkflow, type UpdateProducerInput } from "../../../../workflows/update-producer"

/** GET /admin/producers/:id — a producer with its products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["*", "products.id", "products.title", "products.handle", "products.status", "products.thumbnail"],
    filters: { id: req.params.id },
  })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chủ thể ${req.params.id}.`)
  res.json({ producer })
}

/** POST /admin/producers/:id — edit, approve or suspend. */
export async function POST(req: AuthenticatedMedusaRequest<Omit<UpdateProducerInput, "id">>, res: MedusaResponse) {
  const { result } = await updateProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ producer: result })
}
