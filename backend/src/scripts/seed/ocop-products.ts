import { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { GEO_MODULE } from "../../modules/geo"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { DEFAULT_TERM_MONTHS } from "../../modules/ocop/certificate-status"
import { certifyProductWorkflow } from "../../workflows/certify-product"
import { revokeCertificateWorkflow } from "../../workflows/revoke-certificate"
import { issueStampLotWorkflow } from "../../workflows/issue-stamp-lot"
import { nfc } from "../../utils/nfc"
import { addDays, addMonthsVn, vnDate } from "../../utils/vn-date"
import { productImageSvg } from "./product-image"
import productsData from "./data/ocop-products.json"
import provincesData from "./data/provinces.json"
import type { SeededStore } from "./store"
import { stockProducts } from "./stock"

const PACK_OPTION = "Quy cách"

type SeedCertificate = {
  stars: number
  score?: number | null
  decision_number: string
  decision_date?: string
  relative?: { expires_in_days: number }
  valid_from?: string
  expires_at?: string
  issuing_body: string
  issuer_level: "district" | "province" | "ministry"
  evaluation_round?: string | null
  producer_address: string
  revoked?: { date: string; reason: string }
}

type SeedProduct = (typeof productsData.products)[number] & { certificates: SeedCertificate[] }

type Lookups = {
  store: SeededStore
  categoryIdByHandle: Map<string, string>
  topHandleByChild: Map<string, string>
  producerIdBySlug: Map<string, string>
  regionIdBySlug: Map<string, string>
}

/**
 * Certificates dated relative to the seed run, so that "expiring in 10 days"
 * or "expired 2 months ago" is true whenever the demo store is created.
 */
function certificateDates(certificate: SeedCertificate, seededAt: Date) {
  if (certificate.relative) {
    const expires_at = addDays(seededAt, certificate.relative.expires_in_days)
    return { decision_date: addMonthsVn(expires_at, -DEFAULT_TERM_MONTHS), valid_from: null, expires_at }
  }
  return {
    decision_date: vnDate(certificate.decision_date!),
    valid_from: certificate.valid_from ? vnDate(certificate.valid_from) : null,
    expires_at: certificate.expires_at ? vnDate(certificate.expires_at) : null,
  }
}

/** The realistic catalogue: products with pictures, producers, origins, certificates and stamp lots. */
export async function seedOcopProducts(container: MedusaContainer, lookups: Lookups) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = nfc(productsData.products) as SeedProduct[]
  const seededAt = new Date()
  logger.info(`Seeding ${products.length} OCOP products…`)

  const producers: { slug: string; province_code: string }[] = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({})
  const producerBySlug = new Map(producers.map((p) => [p.slug, p]))
  const { data: producerProfiles } = await query.graph({ entity: "producer", fields: ["slug", "shipping_profile.id"] })
  const shippingProfileBySlug = new Map(producerProfiles.map((p: any) => [p.slug, p.shipping_profile?.id as string]))
  const provinceName = new Map(provincesData.provinces.map((p) => [p.code, p.name.normalize("NFC")]))

  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: products.map((product) => ({
        filename: `${product.handle}.svg`,
        mimeType: "image/svg+xml",
        access: "public" as const,
        content: Buffer.from(
          productImageSvg({
            title: product.title,
            place: provinceName.get(producerBySlug.get(product.producer)?.province_code ?? "") ?? "",
            group: lookups.topHandleByChild.get(product.group) ?? "thuc-pham",
          })
        ).toString("base64"),
      })),
    },
  })

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((product, index) => ({
        title: product.title,
        handle: product.handle,
        subtitle: product.subtitle,
        description: product.description,
        weight: product.weight,
        status: ProductStatus.PUBLISHED,
        thumbnail: files[index].url,
        images: [{ url: files[index].url }],
        // Each producer ships its own parcels (created with the producer).
        shipping_profile_id: shippingProfileBySlug.get(product.producer)!,
        category_ids: [lookups.categoryIdByHandle.get(product.group)!],
        options: [{ title: PACK_OPTION, values: product.variants.map((v) => v.title) }],
        // The pack listed first in the data is the one a shop shows first.
        variants: product.variants.map((variant, rank) => ({
          title: variant.title,
          sku: variant.sku,
          variant_rank: rank,
          manage_inventory: true,
          options: { [PACK_OPTION]: variant.title },
          prices: [{ currency_code: "vnd", amount: variant.price }],
        })),
        sales_channels: [{ id: lookups.store.salesChannelId }],
      })),
    },
  })
  const productIdByHandle = new Map(created.map((p) => [p.handle, p.id]))

  const links = products.flatMap((product): LinkDefinition[] => [
      {
        [Modules.PRODUCT]: { product_id: productIdByHandle.get(product.handle)! },
        [PRODUCER_MODULE]: { producer_id: lookups.producerIdBySlug.get(product.producer)! },
      },
      ...(product.origin_region
        ? [
            {
              [Modules.PRODUCT]: { product_id: productIdByHandle.get(product.handle)! },
              [GEO_MODULE]: { origin_region_id: lookups.regionIdBySlug.get(product.origin_region)! },
            },
          ]
        : []),
  ])
  await link.create(links)

  await stockProducts(container, {
    productIds: created.map((p) => p.id),
    stockBySku: new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const))),
    locationId: lookups.store.stockLocationId,
  })

  logger.info("Seeding certificates and stamp lots…")
  for (const product of products) {
    const product_id = productIdByHandle.get(product.handle)!
    for (const certificate of product.certificates) {
      const { revoked, relative, decision_date, valid_from, expires_at, ...fields } = certificate
      const { result } = await certifyProductWorkflow(container).run({
        input: { ...fields, ...certificateDates(certificate, seededAt), product_id },
      })
      if (revoked) {
        await revokeCertificateWorkflow(container).run({
          input: { id: result.id, reason: revoked.reason, revoked_at: vnDate(revoked.date) },
        })
      }
    }
    for (const lot of product.stamp_lots ?? []) {
      await issueStampLotWorkflow(container).run({
        input: {
          product_id,
          lot_code: lot.lot_code,
          produced_at: vnDate(lot.produced_at),
          expires_at: lot.expires_at ? vnDate(lot.expires_at) : null,
          quantity: lot.quantity,
          stamps: lot.stamps,
          events: lot.events.map((event) => ({
            ...event,
            type: event.type as "harvest",
            occurred_at: vnDate(event.occurred_at),
          })),
        },
      })
    }
  }
}
