import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { PRODUCT_SEARCH_CHANGED } from "../../lib/ocop-search/events"
import { marketplaceContextStep } from "../create-producer-product/steps/marketplace-context"
import { syncFairPricesOfProductStep } from "../shared-steps/sync-fair-prices"

export type UpdateProducerProductInput = {
  id: string
  title?: string
  subtitle?: string | null
  description?: string | null
  category_id?: string | null
  images?: string[]
  variants?: { id: string; price?: number; stock?: number }[]
}

/** A producer edits its listing: text, pictures, prices and stock take effect at once; its status stays. */
export const updateProducerProductWorkflow = createWorkflow(
  "update-producer-product",
  (input: UpdateProducerProductInput) => {
    const data = transform({ input }, ({ input }) => nfc(input))
    const update = transform({ data }, ({ data }) => {
      const fields: Record<string, unknown> = {}
      if (data.title !== undefined) fields.title = data.title
      if (data.subtitle !== undefined) fields.subtitle = data.subtitle
      if (data.description !== undefined) fields.description = data.description
      if (data.category_id !== undefined) fields.category_ids = data.category_id ? [data.category_id] : []
      if (data.images !== undefined) {
        fields.images = data.images.map((url) => ({ url }))
        fields.thumbnail = data.images[0] ?? null
      }
      return fields
    })
    when({ update }, ({ update }) => Object.keys(update).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ data, update }, ({ data, update }) => ({ selector: { id: data.id }, update })),
      })
    })
    when({ data }, ({ data }) => !!data.variants?.some((v) => v.price !== undefined)).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ data }, ({ data }) => ({
          product_variants: data
            .variants!.filter((v) => v.price !== undefined)
            .map((v) => ({ id: v.id, prices: [{ currency_code: "vnd", amount: v.price! }] })),
        })),
      })
    })
    when({ data }, ({ data }) => !!data.variants?.some((v) => v.stock !== undefined)).then(() => {
      const context = marketplaceContextStep()
      const { data: variants } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: transform({ data }, ({ data }) => data.variants!.map((v) => v.id)) },
      }).config({ name: "stocked-variants" })
      updateInventoryLevelsWorkflow.runAsStep({
        input: transform({ data, variants, context }, ({ data, variants, context }) => ({
          updates: data.variants!.flatMap((change) =>
            change.stock === undefined
              ? []
              : (variants.find((v: any) => v.id === change.id)?.inventory_items ?? []).map((item: any) => ({
                  inventory_item_id: item.inventory_item_id,
                  location_id: context.stockLocationId,
                  stocked_quantity: change.stock!,
                }))
          ),
        })),
      })
    })
    // A fair's percentage discounts follow the new prices.
    syncFairPricesOfProductStep(transform({ data }, ({ data }) => ({ product_id: data.id })))
    emitEventStep({ eventName: PRODUCT_SEARCH_CHANGED, data: transform({ data }, ({ data }) => ({ id: data.id })) })
    return new WorkflowResponse(transform({ data }, ({ data }) => data.id))
  }
)
