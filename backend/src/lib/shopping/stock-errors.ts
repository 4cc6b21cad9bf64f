import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { variantAvailability } from "../ocop-catalog/variant-availability"

const STOCK_MESSAGE = /inventory|stock/i

/**
 * Medusa refuses a line it cannot reserve ("Not enough stock available…", in
 * English): name the products that are short and how many are left.
 */
export async function explainStockError(container: MedusaContainer, cartId: string, error: { message?: string }) {
  if (!STOCK_MESSAGE.test(error?.message ?? "")) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "items.variant_id", "items.quantity", "items.product_title", "items.variant_title"],
    filters: { id: cartId },
  })
  const items = (cart?.items ?? []).filter((i: any) => i.variant_id)
  const availability: any = items.length
    ? await variantAvailability(query, items.map((i: any) => i.variant_id), cart.sales_channel_id as string)
    : {}
  const short = items.filter((i: any) => Number(availability[i.variant_id]?.availability ?? 0) < Number(i.quantity))
  const names = short.map((i: any) => `${i.product_title} (${i.variant_title}): còn ${Math.max(0, Number(availability[i.variant_id]?.availability ?? 0))}`)
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    names.length
      ? `Không đủ hàng — ${names.join("; ")}. Vui lòng giảm số lượng hoặc bỏ sản phẩm khỏi giỏ; chưa có đơn hàng nào được tạo.`
      : "Sản phẩm vừa hết hàng. Vui lòng xem lại giỏ hàng; chưa có đơn hàng nào được tạo.",
    "out_of_stock"
  )
}
