import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type MarketplaceContext = { salesChannelId: string; stockLocationId: string; shippingProfileId: string }

/** Where a producer's listing is sold, stocked and shipped from: the store's default channel, its warehouse, the default profile. */
export const marketplaceContextStep = createStep("marketplace-context", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const salesChannelId = store?.default_sales_channel_id
  const { data: channels } = salesChannelId
    ? await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } })
    : { data: [] as any[] }
  const stockLocationId = channels[0]?.stock_locations?.[0]?.id
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!salesChannelId || !stockLocationId || !profile) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Cửa hàng chưa có kênh bán, kho hoặc hồ sơ vận chuyển mặc định.")
  }
  return new StepResponse<MarketplaceContext>({ salesChannelId, stockLocationId, shippingProfileId: profile.id })
})
