import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** Says in Vietnamese why a code cannot be used at all (unknown, stopped, not started, over). */
export const checkPromotionCodeStep = createStep("check-promotion-code", async ({ code }: { code: string }, { container }) => {
  const promotions = container.resolve(Modules.PROMOTION)
  const [promotion] = await promotions.listPromotions({ code }, { relations: ["campaign", "campaign.budget"] })
  if (!promotion) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã khuyến mãi "${code}" không tồn tại.`)
  if (promotion.status !== "active") throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã "${code}" hiện không áp dụng.`)
  const campaign: any = promotion.campaign
  const now = Date.now()
  if (campaign?.starts_at && new Date(campaign.starts_at).getTime() > now) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã "${code}" chưa đến thời gian áp dụng.`)
  }
  if (campaign?.ends_at && new Date(campaign.ends_at).getTime() < now) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã "${code}" đã hết hạn.`)
  }
  const budget = campaign?.budget
  if (budget?.limit != null && Number(budget.used ?? 0) >= Number(budget.limit)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã "${code}" đã hết lượt sử dụng.`)
  }
  return new StepResponse(promotion.code as string)
})
