import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { certificateStatus, currentCertificate } from "../../modules/ocop/certificate-status"
import { groupBy } from "../../utils/group-by"

const FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "images.url",
  "categories.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "producer.id",
  "producer.name",
  "producer.slug",
  "producer.province_code",
]

const MODERATION: Record<string, "pending" | "approved" | "rejected"> = {
  proposed: "pending",
  draft: "pending",
  published: "approved",
  rejected: "rejected",
}

/** Stock a shopper can still buy: stocked minus reserved, over every location. */
const available = (variant: any) =>
  (variant.inventory_items ?? []).reduce(
    (sum: number, item: any) =>
      sum +
      (item?.inventory?.location_levels ?? []).reduce(
        (s: number, level: any) => s + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        0
      ),
    0
  )

/** Products as the producer and province portals show them: moderation, VND prices, stock, certificate and claims. */
export async function loadPortalProducts(container: MedusaContainer, filters: Record<string, unknown>, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: FIELDS, filters, pagination: { order: { created_at: "DESC" } } })
  const ids = products.map((p: any) => p.id)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [certificates, claims] = ids.length
    ? await Promise.all([ocop.listCertificates({ product_id: ids }), ocop.listCertificateClaims({ product_id: ids }, { order: { created_at: "DESC" } })])
    : [[], []]
  const certificatesOf = groupBy(certificates, (c) => c.product_id)
  const claimsOf = groupBy(claims, (c) => c.product_id)
  return products.map((product: any) => {
    const current = currentCertificate(certificatesOf.get(product.id) ?? [], now)
    return {
      id: product.id,
      title: product.title,
      subtitle: product.subtitle,
      description: product.description,
      handle: product.handle,
      status: product.status,
      moderation: { state: MODERATION[product.status] ?? "pending", note: product.metadata?.moderation_note ?? null },
      thumbnail: product.thumbnail,
      images: (product.images ?? []).map((image: any) => image.url),
      category_id: product.categories?.[0]?.id ?? null,
      created_at: product.created_at,
      producer: product.producer ? { id: product.producer.id, name: product.producer.name, slug: product.producer.slug } : null,
      variants: [...(product.variants ?? [])]
        .sort((a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
        .map((variant: any) => ({
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          price: Number(variant.prices?.find((p: any) => p.currency_code === "vnd")?.amount ?? 0),
          stock: available(variant),
        })),
      certificate: current
        ? {
            id: current.id,
            stars: current.stars,
            decision_number: current.decision_number,
            issuing_body: current.issuing_body,
            expires_at: current.expires_at,
            status: certificateStatus(current, now),
          }
        : null,
      claims: (claimsOf.get(product.id) ?? []).map(claimRow),
    }
  })
}

export function claimRow(claim: any) {
  return {
    id: claim.id,
    product_id: claim.product_id,
    producer_id: claim.producer_id,
    status: claim.status,
    review_note: claim.review_note,
    stars: claim.stars,
    decision_number: claim.decision_number,
    decision_date: claim.decision_date,
    issuing_body: claim.issuing_body,
    issuer_level: claim.issuer_level,
    created_at: claim.created_at,
  }
}

/** Ids of a producer's products (through the product↔producer link). */
export async function producerProductIds(container: MedusaContainer, producerIds: string | string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerIds } })
  return data.flatMap((p: any) => (p.products ?? []).map((product: any) => product?.id).filter(Boolean))
}

/** A product of this producer, or 404: another producer's product is not found, never shown or changed. */
export async function assertProducerProduct(container: MedusaContainer, producerIds: string | string[], productId: string) {
  const ids = await producerProductIds(container, producerIds)
  if (!ids.includes(productId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${productId}.`)
}
