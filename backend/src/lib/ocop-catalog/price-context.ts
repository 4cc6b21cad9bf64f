import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { PriceContext } from "./product-view"

export const SHOP_CURRENCY = "vnd"

/** The sales channels of the request's publishable key (every store request has one). */
export const salesChannelIdsOf = (req: MedusaRequest): string[] =>
  (req as any).publishable_key_context?.sales_channel_ids ?? []

/** Prices for the asked region, or the shop's VND region; stock for the publishable key's sales channel. */
export async function priceContext(req: MedusaRequest, regionId?: string): Promise<PriceContext> {
  const regions = await req.scope
    .resolve(Modules.REGION)
    .listRegions(regionId ? { id: regionId } : { currency_code: SHOP_CURRENCY }, { take: 1 })
  const region = regions[0]
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      regionId ? `Không tìm thấy khu vực ${regionId}.` : "Cửa hàng chưa có khu vực bán hàng bằng VND."
    )
  }
  return {
    region_id: region.id,
    currency_code: region.currency_code,
    sales_channel_id: salesChannelIdsOf(req)[0],
  }
}
