import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { certificateStatus, currentCertificate, latestCertificate } from "../../modules/ocop/certificate-status"
import { groupBy } from "../../utils/group-by"
import { loadGeoIndex } from "./geo-index"
import { loadProductRelations } from "./product-relations"
import { calculateVariantPrices } from "./variant-prices"
import { readStock, variantStock } from "./product-stock"

/**
 * What a product card reads through Query; a product page reads DETAIL_FIELDS
 * too. Producer, origin region and groups come from loadProductRelations,
 * prices from calculateVariantPrices.
 */
const PRODUCT_VIEW_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "created_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
  "variants.manage_inventory",
]
const DETAIL_FIELDS = ["description", "images.url", "sales_channels.id"]

export type PriceContext = { region_id: string; currency_code: string; sales_channel_id?: string }

type Certificate = Awaited<ReturnType<OcopModuleService["listCertificates"]>>[number]

/** The certificate as a shopper sees it: the one in force carries its stars. */
function certificateView(certificate: Certificate, now: Date) {
  return {
    id: certificate.id,
    stars: certificate.stars,
    score: certificate.score,
    decision_number: certificate.decision_number,
    decision_date: certificate.decision_date,
    valid_from: certificate.valid_from,
    expires_at: certificate.expires_at,
    issuing_body: certificate.issuing_body,
    issuer_level: certificate.issuer_level,
    evaluation_round: certificate.evaluation_round,
    producer_address: certificate.producer_address,
    status: certificateStatus(certificate, now),
  }
}

/** Past certificates keep their decision but not their stars: stars belong to a certificate in force. */
function historyView(certificate: Certificate, now: Date) {
  const { stars, score, ...rest } = certificateView(certificate, now)
  return { ...rest, revocation_reason: certificate.revocation_reason }
}

/**
 * OCOP products as the store API answers them: price in đồng, stock, producer,
 * origin (current province, old names, region), and OCOP status. Stars appear
 * only while a certificate is in force; expired or revoked products stay for
 * sale without them.
 */
export async function loadProductViews(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  { price, now = new Date(), pagination, detail = false }: {
    price: PriceContext
    now?: Date
    pagination?: { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
    detail?: boolean
  }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: detail ? [...PRODUCT_VIEW_FIELDS, ...DETAIL_FIELDS] : PRODUCT_VIEW_FIELDS,
    filters,
    pagination,
  })
  if (!products.length) return { products: [], count: metadata?.count ?? 0 }

  const productIds = products.map((p: any) => p.id)
  const variantIds = products.flatMap((p: any) => p.variants.map((v: any) => v.id))
  const [relations, geo, variantPrices, certificates, availability] = await Promise.all([
    loadProductRelations(container, productIds),
    loadGeoIndex(container),
    calculateVariantPrices(container, variantIds, price),
    container.resolve<OcopModuleService>(OCOP_MODULE).listCertificates({ product_id: productIds }),
    readStock(container, variantIds, price.sales_channel_id),
  ])
  const certificatesByProduct = groupBy(certificates, (c) => c.product_id)

  const views = products.map((product: any) => {
    const history = certificatesByProduct.get(product.id) ?? []
    const current = currentCertificate(history, now)
    const latest = latestCertificate(history)
    const { producer, origin_region, categories } = relations.get(product.id) ?? { producer: null, origin_region: null, categories: [] }
    const province = producer ? geo.province.get(producer.province_code) : undefined
    const variants = [...product.variants]
      .sort((a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
      .map((variant: any) => {
        const variantPrice = variantPrices.get(variant.id)
        return {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          price: variantPrice?.calculated_amount ?? null,
          original_price: variantPrice?.original_amount ?? null,
          // Whether stock is counted for it: a variant that is not is always in stock.
          manage_inventory: variant.manage_inventory !== false,
          ...variantStock(variant, availability),
        }
      })
    const prices = variants.map((v) => v.price).filter((p): p is number => p !== null)
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle,
      description: detail ? product.description : undefined,
      thumbnail: product.thumbnail,
      images: detail ? (product.images ?? []).map((i: any) => i.url) : undefined,
      created_at: product.created_at,
      // Lists come from queries already limited to the shopper's sales channels; a product page checks them.
      sales_channel_ids: detail ? ((product.sales_channels ?? []).map((c: any) => c.id) as string[]) : undefined,
      variants,
      price: prices.length
        ? { min: Math.min(...prices), max: Math.max(...prices), currency_code: price.currency_code }
        : null,
      in_stock: variants.some((v) => v.in_stock),
      groups: categories.map((c) => ({ handle: c.handle, name: c.name, parent: c.parent })),
      producer: producer
        ? { id: producer.id, slug: producer.slug, name: producer.name, type: producer.type, status: producer.status }
        : null,
      origin: {
        province: province ?? null,
        commune: producer?.commune ?? null,
        region: origin_region,
      },
      ocop: {
        is_ocop: current !== null,
        stars: current?.stars ?? null,
        certificate: current ? certificateView(current, now) : null,
        // Why a product has no stars: its newest certificate expired or was revoked (or it never had one).
        status: current ? certificateStatus(current, now) : latest ? certificateStatus(latest, now) : "none",
        history: detail
          ? [...history]
              .sort((a, b) => new Date(b.valid_from).getTime() - new Date(a.valid_from).getTime())
              .filter((c) => c !== current)
              .map((c) => historyView(c, now))
          : undefined,
      },
    }
  })
  return { products: views, count: metadata?.count ?? views.length }
}

export type OcopProductView = Awaited<ReturnType<typeof loadProductViews>>["products"][number]
