import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import productsData from "./data/demo-products.json"
import type { SeededStore } from "./store"

const PACK_OPTION = "Quy cách"

/** Demo products with VND prices (integers of đồng) and stock in the seeded warehouse. */
export async function seedDemoProducts(container: MedusaContainer, store: SeededStore) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const products = nfc(productsData)
  logger.info(`Seeding ${products.length} demo products…`)

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((product) => ({
        title: product.title,
        handle: product.handle,
        subtitle: product.subtitle,
        description: product.description,
        weight: product.weight,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: store.shippingProfileId,
        options: [{ title: PACK_OPTION, values: product.variants.map((v) => v.title) }],
        // The pack listed first in the data is the one a shop shows first.
        variants: product.variants.map((variant, rank) => ({
          title: variant.title,
          variant_rank: rank,
          sku: variant.sku,
          manage_inventory: true,
          options: { [PACK_OPTION]: variant.title },
          prices: [{ currency_code: "vnd", amount: variant.price }],
        })),
        sales_channels: [{ id: store.salesChannelId }],
      })),
    },
  })

  const stockBySku = new Map(
    products.flatMap((product) => product.variants.map((v) => [v.sku, v.stock] as const))
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: result.map((p) => p.id) },
  })

  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: store.stockLocationId,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(variant.sku!) ?? 0,
        }))
      ),
    },
  })
}
