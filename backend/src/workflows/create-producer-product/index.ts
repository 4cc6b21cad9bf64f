import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { slugify } from "../../utils/fold-vietnamese"
import { PRODUCER_MODULE } from "../../modules/producer"
import { PRODUCT_SEARCH_CHANGED } from "../../lib/ocop-search/events"
import type { CertifyProductInput } from "../certify-product"
import { claimCertificateWorkflow } from "../claim-certificate"
import { marketplaceContextStep } from "./steps/marketplace-context"
import { createProducerShippingStep } from "../set-up-producer-shipping/steps/create-producer-shipping"

export const PACK_OPTION = "Quy cách"

export type NewVariant = { title: string; sku?: string | null; price: number; stock: number }

export type CreateProducerProductInput = {
  producer_id: string
  trusted: boolean
  title: string
  subtitle?: string | null
  description?: string | null
  category_id?: string | null
  images?: string[]
  variants: NewVariant[]
  certificate?: Omit<CertifyProductInput, "product_id"> | null
}

/**
 * A producer lists a product: variants (pack sizes) with VND prices and stock
 * in the marketplace's warehouse, linked to the producer. It waits for the
 * province (status "proposed") unless the producer is trusted.
 */
export const createProducerProductWorkflow = createWorkflow(
  "create-producer-product",
  (input: CreateProducerProductInput) => {
    const data = transform({ input }, ({ input }) => nfc(input))
    const shipping = createProducerShippingStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
    const context = marketplaceContextStep(shipping)
    const products = createProductsWorkflow.runAsStep({
      input: transform({ data, context }, ({ data, context }) => ({
        products: [
          {
            title: data.title,
            subtitle: data.subtitle ?? undefined,
            description: data.description ?? undefined,
            handle: `${slugify(data.title)}-${Math.random().toString(36).slice(2, 6)}`,
            status: data.trusted ? ProductStatus.PUBLISHED : ProductStatus.PROPOSED,
            thumbnail: data.images?.[0],
            images: (data.images ?? []).map((url) => ({ url })),
            shipping_profile_id: context.shippingProfileId,
            category_ids: data.category_id ? [data.category_id] : [],
            options: [{ title: PACK_OPTION, values: data.variants.map((v) => v.title) }],
            variants: data.variants.map((variant, rank) => ({
              title: variant.title,
              sku: variant.sku ?? undefined,
              variant_rank: rank,
              manage_inventory: true,
              options: { [PACK_OPTION]: variant.title },
              prices: [{ currency_code: "vnd", amount: variant.price }],
            })),
            sales_channels: [{ id: context.salesChannelId }],
          },
        ],
      })),
    })
    const productId = transform({ products }, ({ products }) => products[0].id)
    createRemoteLinkStep(
      transform({ productId, data }, ({ productId, data }) => [
        { [Modules.PRODUCT]: { product_id: productId }, [PRODUCER_MODULE]: { producer_id: data.producer_id } },
      ])
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["title", "inventory_items.inventory_item_id"],
      filters: { product_id: productId },
    })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ variants, data, context }, ({ variants, data, context }) => ({
        inventory_levels: variants.flatMap((variant: any) =>
          (variant.inventory_items ?? []).map((item: any) => ({
            location_id: context.stockLocationId,
            inventory_item_id: item.inventory_item_id,
            stocked_quantity: data.variants.find((v) => v.title === variant.title)?.stock ?? 0,
          }))
        ),
      })),
    })
    when({ data }, ({ data }) => !!data.certificate).then(() => {
      claimCertificateWorkflow.runAsStep({
        input: transform({ data, productId }, ({ data, productId }) => ({
          ...data.certificate!,
          product_id: productId,
          producer_id: data.producer_id,
          trusted: data.trusted,
        })),
      })
    })
    // The producer link names the product in no event of its own.
    emitEventStep({ eventName: PRODUCT_SEARCH_CHANGED, data: transform({ productId }, ({ productId }) => ({ id: productId })) })
    return new WorkflowResponse(productId)
  }
)
