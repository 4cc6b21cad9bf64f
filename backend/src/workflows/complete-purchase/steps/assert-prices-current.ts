import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { stalePriceLines } from "../../../lib/shopping/stale-prices"

/**
 * The shopper pays today's prices: every line's price is computed again from
 * the pricing module (price lists included) and an order at a stale price is refused.
 */
export const assertPricesCurrentStep = createStep("assert-prices-current", async ({ id }: { id: string }, { container }) => {
  const stale = await stalePriceLines(container, id)
  if (stale.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Giá đã thay đổi: ${stale.map((item) => item.product_title).join(", ")}. Giỏ hàng đã được cập nhật giá mới, vui lòng xem lại trước khi đặt.`,
      "prices_changed"
    )
  }
  return new StepResponse(undefined)
})
