import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type MarketplaceContext = { salesChannelId: string; stockLocationId: string; shippingProfileId?: string }

/** Where a producer's listing is sold and stocked: the store's default channel and its warehouse; it ships with the producer's own profile. */
export const marketplaceContextStep = createStep("marketplace-context", async (input: { shipping_profile_id?: string } | void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const salesChannelId = store?.default_sales_channel_id
  const { data: channels } = salesChannelId
    ? await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } })
    : { data: [] as any[] }
  const stockLocationId = channels[0]?.stock_locations?.[0]?.id
  if (!salesChannelId || !stockLocationId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Cửa hàng chưa có kênh bán hoặc kho hàng.")
  }
  return new StepResponse<MarketplaceContext>({ salesChannelId, stockLocationId, shippingProfileId: input?.shipping_profile_id })
})
