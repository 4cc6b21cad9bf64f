import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { loadProducersOf } from "../../../lib/shopping/cart-view"

export type DeliveryChoice = { producer_id: string; option_id: string }

/** One choice per producer in the cart, each an option of that producer's own parcels. */
export const validateDeliveryChoicesStep = createStep(
  "validate-delivery-choices",
  async ({ cart_id, selections }: { cart_id: string; selections: DeliveryChoice[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "items.product_id"], filters: { id: cart_id } })
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy giỏ hàng.")
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giỏ hàng này đã được đặt hàng.")
    const { producerOfProduct } = await loadProducersOf(container, [...new Set<string>((cart.items ?? []).map((i: any) => i.product_id))])
    const producers = new Map([...producerOfProduct.values()].filter(Boolean).map((p: any) => [p.id, p]))
    const options = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingOptions({ id: selections.map((s) => s.option_id) })
    const optionById = new Map(options.map((o) => [o.id, o]))
    for (const selection of selections) {
      const producer: any = producers.get(selection.producer_id)
      if (!producer) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Giỏ hàng không có sản phẩm của chủ thể này.")
      const option = optionById.get(selection.option_id)
      if (!option || option.shipping_profile_id !== producer.shipping_profile?.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cách giao hàng đã chọn không dùng được cho ${producer.name}.`)
      }
    }
    return new StepResponse(selections.map((s) => ({ id: s.option_id })))
  }
)
