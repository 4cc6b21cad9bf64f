import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { completePurchaseWorkflow } from "../../../../../workflows/complete-purchase"
import { loadCartView } from "../../../../../lib/shopping/cart-view"
import { orderCode } from "../../../../../lib/shopping/order-access"
import { explainStockError } from "../../../../../lib/shopping/stock-errors"

// Payment problems leave the cart as it is and answer it, as Medusa's own route does.
const CART_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * POST /store/carts/:id/complete — replaces Medusa's route: the cart becomes one
 * purchase, paid once, split into one order per producer. The answer carries
 * the confirmation link's token, once.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const cartId = req.params.id
  const { result, errors } = await completePurchaseWorkflow(req.scope).run({ input: { id: cartId }, throwOnError: false })
  const error: any = errors?.[0]?.error
  if (error) {
    if (CART_ERRORS.includes(error.type)) {
      const cart = await loadCartView(req.scope, cartId)
      const message = error.type === MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR
        ? "Thanh toán cần thêm bước xác thực. Vui lòng hoàn tất trong khung thanh toán."
        : "Thanh toán chưa thành công. Giỏ hàng vẫn được giữ nguyên, vui lòng thử lại hoặc chọn cách thanh toán khác."
      return res.status(200).json({ type: "cart", cart, error: { message, type: error.type } })
    }
    if (error.code === "prices_changed") {
      // The shopper sees the new prices when the cart is opened again.
      await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cartId, force_refresh: true } })
    }
    const stock = await explainStockError(req.scope, cartId, error)
    if (stock) throw stock
    throw error
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = (await query.graph({ entity: "order", fields: ["id", "display_id", "email", "total"], filters: { id: result.id } })) as { data: any[] }
  res.status(200).json({
    type: "order",
    order: { id: order.id, display_id: order.display_id, code: orderCode(order.display_id), email: order.email, total: Number(order.total) },
    producer_orders: result.producer_orders.map((o: any) => ({ id: o.id, producer_id: o.producer_id, total: Number(o.total) })),
    access_token: result.access_token,
  })
}
