import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  emitEventStep,
  updateProductOptionValuesOnProductStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { nfc } from "../../utils/nfc"
import { PRODUCT_SEARCH_CHANGED } from "../../lib/ocop-search/events"
import { marketplaceContextStep } from "../create-producer-product/steps/marketplace-context"
import { PACK_OPTION, type NewVariant } from "../create-producer-product"

export type AddProductVariantsInput = { product_id: string; variants: NewVariant[] }

/** A producer adds pack sizes to a listing: the option value, the variant with its VND price, and its stock. */
export const addProductVariantsWorkflow = createWorkflow("add-product-variants", (input: AddProductVariantsInput) => {
  const data = transform({ input }, ({ input }) => nfc(input))
  const context = marketplaceContextStep()
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "options.id", "options.title", "variants.title"],
    filters: { id: data.product_id },
  }).config({ name: "product-with-options" })
  const option = transform({ products, data }, ({ products, data }) => {
    const product = products[0]
    const pack = product?.options?.find((o: any) => o.title === PACK_OPTION)
    if (!pack) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Sản phẩm này không có quy cách đóng gói để thêm.")
    const taken = new Set((product.variants ?? []).map((v: any) => v.title.toLowerCase()))
    const clash = data.variants.find((v) => taken.has(v.title.toLowerCase()))
    if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Đã có quy cách "${clash.title}".`)
    return { id: pack.id }
  })
  // Options are shared between products since Medusa 2.16: the new values are added to this product's own set.
  updateProductOptionValuesOnProductStep(
    transform({ option, data }, ({ option, data }) => [
      { product_id: data.product_id, product_option_id: option.id, add: data.variants.map((v) => ({ value: v.title })) },
    ]) as any
  )
  const variants = createProductVariantsWorkflow.runAsStep({
    input: transform({ data, products }, ({ data, products }) => ({
      product_variants: data.variants.map((variant, index) => ({
        product_id: data.product_id,
        title: variant.title,
        sku: variant.sku ?? undefined,
        variant_rank: (products[0].variants?.length ?? 0) + index,
        manage_inventory: true,
        options: { [PACK_OPTION]: variant.title },
        prices: [{ currency_code: "vnd", amount: variant.price }],
      })),
    })),
  })
  const { data: stocked } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["title", "inventory_items.inventory_item_id"],
    filters: { id: transform({ variants }, ({ variants }) => variants.map((v: any) => v.id)) },
  }).config({ name: "new-variants-inventory" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ stocked, data, context }, ({ stocked, data, context }) => ({
      inventory_levels: stocked.flatMap((variant: any) =>
        (variant.inventory_items ?? []).map((item: any) => ({
          location_id: context.stockLocationId,
          inventory_item_id: item.inventory_item_id,
          stocked_quantity: data.variants.find((v) => v.title === variant.title)?.stock ?? 0,
        }))
      ),
    })),
  })
  emitEventStep({ eventName: PRODUCT_SEARCH_CHANGED, data: transform({ data }, ({ data }) => ({ id: data.product_id })) })
  return new WorkflowResponse(variants)
})
