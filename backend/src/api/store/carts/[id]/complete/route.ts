import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completePurchaseWorkflow } from "../../../../../workflows/complete-purchase"

// Payment problems leave the cart as it is and answer it, as Medusa's own route does.
const CART_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * POST /store/carts/:id/complete — replaces Medusa's route: the cart becomes one
 * purchase, paid once, split into one order per producer (`producer_orders`).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { result, errors } = await completePurchaseWorkflow(req.scope).run({ input: { id: req.params.id }, throwOnError: false })
  const error = errors?.[0]?.error
  if (error) {
    if (!CART_ERRORS.includes(error.type)) throw error
    const { data } = await query.graph({ entity: "cart", fields: ["*", "items.*"], filters: { id: req.params.id } })
    return res.status(200).json({ type: "cart", cart: data[0], error: { message: error.message, name: error.name, type: error.type } })
  }
  const { data } = await query.graph({
    entity: "order",
    fields: ["*", "items.*", "shipping_address.*", "shipping_methods.*", "total", "subtotal", "shipping_total", "item_total"],
    filters: { id: result.id },
  })
  res.status(200).json({ type: "order", order: { ...data[0], producer_orders: result.producer_orders } })
}
