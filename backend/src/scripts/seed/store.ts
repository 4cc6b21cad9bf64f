import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import storeData from "./data/store.json"
import { shopPaymentProviders } from "../../lib/shopping/payment-methods"

export type SeededStore = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
}

const data = nfc(storeData)

/** Written on the store as the seed's very last step: a seed stopped halfway leaves no mark. */
export const SEEDED_MARK = "cho_ocop_seeded_at"

export async function isSeeded(container: MedusaContainer): Promise<boolean> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  return Boolean(store?.metadata?.[SEEDED_MARK])
}

export async function markSeeded(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { metadata: { ...store.metadata, [SEEDED_MARK]: new Date().toISOString() } } },
  })
}

/** Region Việt Nam in VND, a sales channel, a publishable key, a warehouse and delivery options. */
export async function seedStore(container: MedusaContainer): Promise<SeededStore> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [store] = await container.resolve(Modules.STORE).listStores()

  logger.info("Seeding sales channel, currency and region…")
  const salesChannel = await adoptOrCreateSalesChannel(container)

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ OCOP",
        // Shelf prices in Vietnam include VAT.
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          ...data.region,
          is_tax_inclusive: true,
          payment_providers: await shopPaymentProviders(container),
        },
      ],
    },
  })

  await createTaxRegionsWorkflow(container).run({
    input: data.region.countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  logger.info("Seeding stock location and shipping…")
  const {
    result: [stockLocation],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [data.stockLocation] },
  })

  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_location_id: stockLocation.id } },
  })

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const existingProfiles = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfile =
    existingProfiles[0] ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Hàng thường", type: "default" }] },
      })
    ).result[0]

  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Giao hàng toàn quốc",
    type: "shipping",
    service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  // Producers' own shipping options (standard, express) go in this zone: see set-up-producer-shipping.
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "ocop_delivery" },
  })

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannel.id] },
  })

  logger.info("Seeding publishable API key…")
  await adoptOrCreatePublishableKey(container, salesChannel.id)

  return {
    salesChannelId: salesChannel.id,
    regionId: region.id,
    stockLocationId: stockLocation.id,
    shippingProfileId: shippingProfile.id,
  }
}

// Medusa creates a default sales channel and publishable key when it first
// boots; the shop takes those over instead of adding a second of each.
const MEDUSA_DEFAULT_CHANNEL = "Default Sales Channel"
const MEDUSA_DEFAULT_KEY = "Default Publishable API Key"

async function adoptOrCreateSalesChannel(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: MEDUSA_DEFAULT_CHANNEL })
  if (existing) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: existing.id }, update: data.salesChannel },
    })
    return salesChannels.retrieveSalesChannel(existing.id)
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [data.salesChannel] },
  })
  return result[0]
}

async function adoptOrCreatePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { title: MEDUSA_DEFAULT_KEY, type: "publishable" },
  })
  let key = keys[0] as { id: string; sales_channels?: { id: string }[] } | undefined
  if (key) {
    await updateApiKeysWorkflow(container).run({
      input: { selector: { id: key.id }, update: { title: data.publishableKeyTitle } },
    })
  } else {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: data.publishableKeyTitle, type: "publishable", created_by: "" }] },
    })
    key = { id: result[0].id, sales_channels: [] }
  }
  if (!key.sales_channels?.some((channel) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
}
