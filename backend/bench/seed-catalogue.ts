/**
 * `medusa exec ./bench/seed-catalogue.ts`: adds BENCH_PRODUCTS synthetic
 * published products (default 10,000) to a seeded demo store, with bench producers,
 * certificates, stock and a live fair, through Medusa's own workflows. It
 * resumes where a stopped run left off, and rebuilds the search index at the end.
 * Run by `npm run bench` on the bench database only.
 */
import type { ExecArgs, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { GEO_MODULE } from "../src/modules/geo"
import type GeoModuleService from "../src/modules/geo/service"
import { OCOP_MODULE } from "../src/modules/ocop"
import type OcopModuleService from "../src/modules/ocop/service"
import { PRODUCER_MODULE } from "../src/modules/producer"
import type ProducerModuleService from "../src/modules/producer/service"
import { FAIR_MODULE } from "../src/modules/fair"
import type FairModuleService from "../src/modules/fair/service"
import { createProducerWorkflow } from "../src/workflows/create-producer"
import { createFairWorkflow } from "../src/workflows/create-fair"
import { applyForBoothWorkflow } from "../src/workflows/apply-for-booth"
import { reviewBoothWorkflow } from "../src/workflows/review-booth"
import { featureBoothProductsWorkflow } from "../src/workflows/feature-booth-products"
import { productImageSvg } from "../src/scripts/seed/product-image"
import { rebuildProductSearchIndex, productIndexSize } from "../src/lib/ocop-search/rebuild"
import { BENCH_PREFIX, benchProducers, benchProducts, type BenchProduct } from "./catalogue"
import { stockProducts } from "../src/scripts/seed/stock"

const BATCH = 250
const PACK_OPTION = "Quy cách"
const PRODUCERS_PER_PROVINCE = 10
const FAIR_NAME = "Hội chợ OCOP trực tuyến (dữ liệu thử hiệu năng)"
const FAIR_BOOTHS = 30
const FAIR_PRODUCTS_PER_BOOTH = 8

export default async function seedBenchCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const wanted = Number(process.env.BENCH_PRODUCTS ?? 10_000)
  const started = Date.now()

  const producerIds = await seedProducers(container)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const all = benchProducts(wanted, benchProducers(PRODUCERS_PER_PROVINCE), new Date())
  const { rows: existing } = await knex.raw(`select handle from product where handle like ?`, [`${BENCH_PREFIX}%`])
  const done = new Set(existing.map((r: any) => r.handle))
  const missing = all.filter((p) => !done.has(p.handle))
  logger.info(`Bench catalogue: ${all.length} synthetic products wanted, ${missing.length} to create.`)

  if (missing.length) {
    const lookups = await readLookups(container, producerIds)
    for (let i = 0; i < missing.length; i += BATCH) {
      await createBatch(container, missing.slice(i, i + BATCH), lookups)
      logger.info(`  ${Math.min(i + BATCH, missing.length)}/${missing.length} products (${Math.round((Date.now() - started) / 1000)} s)`)
    }
  }
  const fairCreated = await seedFair(container)
  // The seed's events keep the index only roughly up to date; a full rebuild makes it exact.
  if (missing.length || fairCreated || !(await productIndexSize(container))) {
    logger.info("Rebuilding the product search index…")
    await rebuildProductSearchIndex(container)
  }
  logger.info(`Bench catalogue ready: ${await productIndexSize(container)} products in the search index (${Math.round((Date.now() - started) / 1000)} s).`)
}

async function seedProducers(container: MedusaContainer) {
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const wanted = benchProducers(PRODUCERS_PER_PROVINCE)
  const existing = await producers.listProducers({ slug: wanted.map((p) => p.slug) }, { take: null as any })
  const idBySlug = new Map(existing.map((p: any) => [p.slug as string, p.id as string]))
  for (const producer of wanted.filter((p) => !idBySlug.has(p.slug))) {
    const { result } = await createProducerWorkflow(container).run({
      input: { ...producer, suspension_reason: producer.status === "suspended" ? "Tạm ngừng để kiểm tra (dữ liệu thử)" : null },
    })
    idBySlug.set(result.slug, result.id)
  }
  return idBySlug
}

type Lookups = Awaited<ReturnType<typeof readLookups>>

async function readLookups(container: MedusaContainer, producerIdBySlug: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: categories }, { data: producers }, regions, [channel], [location]] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "handle", "parent_category.handle"] }),
    query.graph({ entity: "producer", fields: ["slug", "shipping_profile.id"], filters: { slug: [...producerIdBySlug.keys()] } }),
    container.resolve<GeoModuleService>(GEO_MODULE).listOriginRegions({}),
    container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } }),
    container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1, order: { created_at: "ASC" } }),
  ])
  // One picture per product group, shared: ten thousand pictures would only measure the disk.
  const tops = [...new Set(categories.map((c: any) => c.parent_category?.handle ?? c.handle))]
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: tops.map((group) => ({
        filename: `${BENCH_PREFIX}${group}.svg`,
        mimeType: "image/svg+xml",
        access: "public" as const,
        content: Buffer.from(productImageSvg({ title: "Sản phẩm OCOP", place: "Việt Nam", group })).toString("base64"),
      })),
    },
  })
  const imageByTop = new Map(tops.map((t, i) => [t, files[i].url]))
  return {
    categoryId: new Map(categories.map((c: any) => [c.handle as string, c.id as string])),
    imageOf: new Map(categories.map((c: any) => [c.handle as string, imageByTop.get(c.parent_category?.handle ?? c.handle)!])),
    producerId: producerIdBySlug,
    shippingProfileId: new Map(producers.map((p: any) => [p.slug as string, p.shipping_profile?.id as string])),
    regionId: new Map(regions.map((r) => [r.slug, r.id])),
    salesChannelId: channel.id,
    stockLocationId: location.id,
  }
}

async function createBatch(container: MedusaContainer, batch: BenchProduct[], lookups: Lookups) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: batch.map((product) => ({
        title: product.title,
        handle: product.handle,
        subtitle: product.subtitle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        thumbnail: lookups.imageOf.get(product.group),
        images: [{ url: lookups.imageOf.get(product.group)! }],
        shipping_profile_id: lookups.shippingProfileId.get(product.producer)!,
        category_ids: [lookups.categoryId.get(product.group)!],
        options: [{ title: PACK_OPTION, values: product.variants.map((v) => v.title) }],
        variants: product.variants.map((variant, rank) => ({
          title: variant.title,
          sku: variant.sku,
          variant_rank: rank,
          manage_inventory: true,
          options: { [PACK_OPTION]: variant.title },
          prices: [{ currency_code: "vnd", amount: variant.price }],
        })),
        sales_channels: [{ id: lookups.salesChannelId }],
      })),
    },
  })
  const idOf = new Map(created.map((p) => [p.handle, p.id]))
  await link.create(
    batch.flatMap((product): LinkDefinition[] => [
      {
        [Modules.PRODUCT]: { product_id: idOf.get(product.handle)! },
        [PRODUCER_MODULE]: { producer_id: lookups.producerId.get(product.producer)! },
      },
      ...(product.origin_region && lookups.regionId.has(product.origin_region)
        ? [{ [Modules.PRODUCT]: { product_id: idOf.get(product.handle)! }, [GEO_MODULE]: { origin_region_id: lookups.regionId.get(product.origin_region)! } }]
        : []),
    ])
  )
  await stockProducts(container, {
    productIds: created.map((p) => p.id),
    stockBySku: new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const))),
    locationId: lookups.stockLocationId,
  })
  const certified = batch.filter((p) => p.certificate)
  if (certified.length) {
    await container.resolve<OcopModuleService>(OCOP_MODULE).createCertificates(
      certified.map(({ handle, certificate: { revoked, ...c } }: any) => ({
        ...c,
        valid_from: c.decision_date,
        product_id: idOf.get(handle)!,
        revoked_at: revoked ? new Date() : null,
        revocation_reason: revoked ? "Thu hồi do vi phạm chất lượng (dữ liệu thử)" : null,
      }))
    )
  }
}

/** A live fair with booths of bench producers, each bringing products at fair prices; a few featured. */
async function seedFair(container: MedusaContainer): Promise<boolean> {
  const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
  if ((await fairs.listFairs({ name: FAIR_NAME })).length) return false
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const now = Date.now()
  const { result: fair } = await createFairWorkflow(container).run({
    input: {
      name: FAIR_NAME,
      kind: "hoi_cho" as any,
      organiser_province_code: "01",
      description: "Hội chợ có nhiều gian hàng, dùng để đo hiệu năng.",
      starts_at: new Date(now - 2 * 86_400_000),
      ends_at: new Date(now + 30 * 86_400_000),
      status: "published",
    },
  })
  // Products of approved bench producers with a certificate in force now.
  const { rows } = await knex.raw(
    `select pp.producer_id, array_agg(p.id order by p.handle) as ids
       from product p
       join product_product_producer_producer pp on pp.product_id = p.id and pp.deleted_at is null
       join producer pr on pr.id = pp.producer_id and pr.status = 'approved'
      where p.handle like ? and p.deleted_at is null and exists (
        select 1 from ocop_certificate c where c.product_id = p.id and c.deleted_at is null
          and c.revoked_at is null and c.valid_from <= now() and c.expires_at > now())
      group by pp.producer_id order by pp.producer_id limit ?`,
    [`${BENCH_PREFIX}%`, FAIR_BOOTHS]
  )
  for (const [index, row] of rows.entries()) {
    const ids: string[] = row.ids.slice(0, FAIR_PRODUCTS_PER_BOOTH)
    const { result: booth } = await applyForBoothWorkflow(container).run({
      input: { fair_id: fair.id, producer_id: row.producer_id, products: ids.map((product_id, i) => ({ product_id, discount_percent: 5 + (i % 4) * 5 })) },
    })
    await reviewBoothWorkflow(container).run({ input: { fair_id: fair.id, booth_id: booth.id, decision: "approve", number: index + 1 } })
    await featureBoothProductsWorkflow(container).run({ input: { fair_id: fair.id, booth_id: booth.id, product_ids: ids.slice(0, 1) } })
  }
  return true
}
