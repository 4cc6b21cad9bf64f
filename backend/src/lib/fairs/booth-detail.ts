import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A booth's products with their titles and everyday price, for the portals. */
export async function boothProductRows(container: MedusaContainer, boothProducts: any[]) {
  const ids = boothProducts.map((bp) => bp.product_id)
  const { data: products } = ids.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "handle", "variants.variant_rank", "variants.price_set.prices.amount", "variants.price_set.prices.currency_code", "variants.price_set.prices.price_list_id"],
        filters: { id: ids },
      })
    : { data: [] as any[] }
  return boothProducts.map((bp) => {
    const product: any = products.find((p: any) => p.id === bp.product_id)
    const first = [...(product?.variants ?? [])].sort((a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))[0]
    const regular = (first?.price_set?.prices ?? []).find((p: any) => p.currency_code === "vnd" && !p.price_list_id)
    return {
      id: bp.id,
      product_id: bp.product_id,
      title: product?.title ?? null,
      handle: product?.handle ?? null,
      featured: Boolean(bp.featured),
      fair_price: bp.fair_price ?? null,
      discount_percent: bp.discount_percent ?? null,
      regular_price: regular ? Number(regular.amount) : null,
    }
  })
}

export async function boothDetail(container: MedusaContainer, booth: any) {
  const { products, ...rest } = booth
  return { ...rest, products: await boothProductRows(container, products ?? []) }
}
