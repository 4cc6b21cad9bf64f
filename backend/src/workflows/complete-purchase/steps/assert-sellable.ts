import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Every item must still be on sale: published and made by an approved producer. */
export const assertSellableStep = createStep("assert-cart-sellable", async ({ id }: { id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.product_id", "items.product_title"],
    filters: { id },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giỏ hàng ${id}.`)
  if (cart.completed_at) return new StepResponse(undefined)
  const productIds = [...new Set((cart.items ?? []).map((item: any) => item.product_id))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "status", "producer.status"], filters: { id: productIds } })
    : { data: [] as any[] }
  const unavailable = products.filter((p: any) => p.status !== "published" || p.producer?.status !== "approved")
  if (unavailable.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Sản phẩm không còn bán: ${unavailable.map((p: any) => p.title).join(", ")}. Vui lòng bỏ khỏi giỏ hàng.`
    )
  }
  return new StepResponse(undefined)
})
