import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { resolveVnAddress } from "../../../../lib/shopping/resolve-address"
import { fromMedusaAddress, toMedusaAddress, type VnAddressInput } from "../../../../lib/shopping/vn-address"

const toView = (address: any) => ({ id: address.id, ...fromMedusaAddress(address) })

/** GET /store/ocop/addresses — the customer's saved delivery addresses. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer_address",
    fields: ["*"],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ addresses: data.map(toView) })
}

/** POST /store/ocop/addresses — saves a Vietnamese address (same checks as checkout). */
export async function POST(req: AuthenticatedMedusaRequest<VnAddressInput>, res: MedusaResponse) {
  const resolved = await resolveVnAddress(req.scope, req.validatedBody)
  if ("fields" in resolved) {
    return res.status(400).json({ type: "invalid_data", message: Object.values(resolved.fields).join(" "), fields: resolved.fields })
  }
  const {
    result: [address],
  } = await createCustomerAddressesWorkflow(req.scope).run({
    input: { addresses: [{ ...toMedusaAddress(resolved.address), customer_id: req.auth_context.actor_id }] },
  })
  res.status(201).json({ address: toView(address) })
}
