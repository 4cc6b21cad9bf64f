import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import { currentCertificate } from "../../modules/ocop/certificate-status"
import { foldVietnamese } from "../../utils/fold-vietnamese"
import { groupBy } from "../../utils/group-by"
import type { ProductSearchDocument } from "./fields"
import { listCertificatesOf } from "./certificates"
import { synonymsFor } from "./synonyms"
import { variantAvailability } from "../ocop-catalog/variant-availability"

type Query = Omit<RemoteQueryFunction, symbol>

const SHOP_CURRENCY = "vnd"

/** What the seed and the event consumer read of each product through `query.graph`. */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "categories.id",
  "variants.id",
  "variants.manage_inventory",
  "producer.id",
  "producer.slug",
  "producer.name",
  "producer.type",
  "producer.status",
  "producer.province_code",
  "origin_region.slug",
  "origin_region.name",
  "sales_channels.id",
]

// Words that say what kind of unit a place is, not which place: "tỉnh" would otherwise match
// every certificate address, and "tinh dau" (essential oil) everything.
const ADMINISTRATIVE_WORDS =
  /(?<![\p{L}\p{N}])(tỉnh|thành phố|tp\.|thị xã|thị trấn|huyện|quận|đặc khu|xã|phường|thôn|ấp|xóm|bản|khóm|tổ dân phố|tổ|khu phố|tiểu khu|khu|số|đường|phố|kiệt)(?![\p{L}\p{N}])/giu

const cleanAddress = (address: string) =>
  address
    .normalize("NFC")
    .replace(ADMINISTRATIVE_WORDS, " ")
    .replace(/[,;]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()

const unique = <T>(values: T[]) => [...new Set(values)]

/**
 * Search documents for a page of product rows (read with PRODUCT_SOURCE_FIELDS).
 * A row that a shopper may not see — not published, or its producer is not
 * approved — gets no document, which the Search Module turns into a delete.
 * Everything else is read in one batch per kind, whatever the page size.
 */
export async function buildProductDocuments(query: Query, rows: any[], now: Date = new Date()): Promise<ProductSearchDocument[]> {
  const products = rows.filter((p) => p?.status === "published" && p.producer?.status === "approved")
  if (!products.length) return []

  const productIds = products.map((p) => p.id)
  const variants = products.flatMap((p) => (p.variants ?? []).filter(Boolean))
  const variantIds = variants.map((v: any) => v.id)
  const channelIds = unique(products.flatMap((p) => (p.sales_channels ?? []).filter(Boolean).map((c: any) => c.id as string)))

  const [regions, certificates, provinces, legacy, categories] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { currency_code: SHOP_CURRENCY } }),
    listCertificatesOf(productIds),
    query.graph({ entity: "province", fields: ["code", "name", "slug"] }),
    query.graph({ entity: "legacy_province", fields: ["name", "merged_into_code"] }),
    query.graph({ entity: "product_category", fields: ["id", "handle", "name", "parent_category_id"] }),
  ])

  const region = regions.data[0] as any
  const [prices, availabilityByChannel] = await Promise.all([
    region && variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "calculated_price.calculated_amount", "calculated_price.original_amount"],
          filters: { id: variantIds },
          context: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
        })
      : Promise.resolve({ data: [] as any[] }),
    Promise.all(
      channelIds.map(async (channelId) => ({
        channelId,
        availability: variantIds.length
          ? await variantAvailability(query, variantIds, channelId)
          : {},
      }))
    ),
  ])

  const priceByVariant = new Map<string, number>()
  for (const variant of prices.data as any[]) {
    // The usual price: a fair's price lasts only while it is live, and search adds it then (lib/fairs/search-badges).
    const amount = variant.calculated_price?.original_amount ?? variant.calculated_price?.calculated_amount
    if (amount !== null && amount !== undefined) priceByVariant.set(variant.id, Math.round(Number(amount)))
  }
  const availability = new Map(availabilityByChannel.map(({ channelId, availability }) => [channelId, availability]))
  const certificatesByProduct = groupBy(certificates, (c) => c.product_id)
  const provinceByCode = new Map((provinces.data as any[]).map((p) => [p.code as string, p]))
  const formerNames = groupBy(legacy.data as any[], (l) => l.merged_into_code as string)
  const categoryById = new Map((categories.data as any[]).map((c) => [c.id as string, c]))
  const ancestorsOf = (id: string) => {
    const ids: string[] = []
    for (let c = categoryById.get(id); c?.parent_category_id && !ids.includes(c.parent_category_id); c = categoryById.get(c.parent_category_id)) {
      ids.push(c.parent_category_id)
    }
    return ids
  }

  return products.map((product): ProductSearchDocument => {
    const producer = product.producer
    const province = provinceByCode.get(producer.province_code)
    const former = unique(
      (formerNames.get(producer.province_code) ?? []).map((l: any) => l.name as string).filter((name) => name !== province?.name)
    )
    const history = certificatesByProduct.get(product.id) ?? []
    const current = currentCertificate(history, now)
    const region = product.origin_region ?? null

    // The product's own group(s) first, then the groups above them.
    const own = (product.categories ?? []).filter(Boolean).map((c: any) => c.id as string)
    const groups = unique([...own, ...own.flatMap((id: string) => ancestorsOf(id))])
      .map((id) => categoryById.get(id))
      .filter(Boolean)
      .map((c: any) => ({ handle: c.handle as string, name: c.name as string }))

    const productVariants = (product.variants ?? []).filter(Boolean)
    const amounts = productVariants.map((v: any) => priceByVariant.get(v.id)).filter((p: number | undefined): p is number => p !== undefined)
    const channels = (product.sales_channels ?? []).filter(Boolean).map((c: any) => c.id as string)
    const inStock = productVariants.some(
      (v: any) =>
        v.manage_inventory === false ||
        channels.some((channelId: string) => (availability.get(channelId)?.[v.id]?.availability ?? 0) > 0)
    )

    const placeNames = [province?.name, ...former, region?.name].filter(Boolean) as string[]
    // What the product is, in its own words (group names are generic and searchable already).
    const synonyms = synonymsFor(`${product.title} · ${product.subtitle ?? ""}`, { placeNames })
    const addresses = unique(history.map((c: any) => cleanAddress(c.producer_address ?? "")).filter(Boolean))

    const names = [
      product.title,
      product.subtitle,
      producer.name,
      province?.name,
      ...former,
      region?.name,
      ...groups.map((g) => g.name),
      ...synonyms,
    ].filter(Boolean) as string[]

    // Places as people often type them, run together: "sapa", "daklak", "phuquoc".
    const compact = placeNames.map((name) => foldVietnamese(name).replace(/ /g, "")).filter((name) => name.length > 3)

    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle ?? null,
      description: product.description ?? null,
      thumbnail: product.thumbnail ?? null,
      producer: { slug: producer.slug, name: producer.name, type: producer.type },
      province: province ? { code: province.code, name: province.name, slug: province.slug } : null,
      province_former_names: former,
      certificate_addresses: addresses,
      region: region ? { slug: region.slug, name: region.name } : null,
      groups,
      group_handles: groups.map((g) => g.handle),
      stars: current?.stars ?? null,
      ocop_valid_until: current ? new Date(current.expires_at).getTime() : null,
      price_min: amounts.length ? Math.min(...amounts) : null,
      price_max: amounts.length ? Math.max(...amounts) : null,
      in_stock: inStock,
      created_at: new Date(product.created_at).toISOString(),
      sales_channel_ids: channels,
      synonyms,
      folded: unique([...names.map(foldVietnamese), ...compact]).join(" · "),
    }
  })
}
