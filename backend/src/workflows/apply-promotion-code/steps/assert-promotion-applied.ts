import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Medusa keeps a valid code off a cart whose items don't qualify: say so, and undo the attempt. */
export const assertPromotionAppliedStep = createStep(
  "assert-promotion-applied",
  async ({ cart_id, code }: { cart_id: string; code: string }, { container }) => {
    const {
      data: [cart],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["promotions.code"], filters: { id: cart_id } })
    const applied = (cart?.promotions ?? []).some((p: any) => p?.code?.toLowerCase() === code.toLowerCase())
    if (!applied) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Giỏ hàng chưa đủ điều kiện dùng mã "${code}".`)
    }
    return new StepResponse(true)
  }
)
