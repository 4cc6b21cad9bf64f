import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"

/** Puts each new variant's stock (by SKU) in the warehouse, through Medusa's inventory workflow. */
export async function stockProducts(
  container: MedusaContainer,
  { productIds, stockBySku, locationId }: { productIds: string[]; stockBySku: Map<string, number>; locationId: string }
) {
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: locationId,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(variant.sku!) ?? 0,
        }))
      ),
    },
  })
}
