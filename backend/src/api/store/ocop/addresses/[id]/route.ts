import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"

/** DELETE /store/ocop/addresses/:id — only the customer's own address. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer_address",
    fields: ["id"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy địa chỉ.")
  await deleteCustomerAddressesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, deleted: true })
}
