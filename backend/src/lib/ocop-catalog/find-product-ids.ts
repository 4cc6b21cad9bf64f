import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { currentCertificate } from "../../modules/ocop/certificate-status"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { OcopProductFilters } from "./filters"
import { groupBy } from "../../utils/group-by"

const intersect = (sets: Set<string>[]): string[] => {
  const [first, ...rest] = sets.sort((a, b) => a.size - b.size)
  return [...first].filter((id) => rest.every((set) => set.has(id)))
}

/**
 * Ids of the products a shopper may see that match every filter: products of
 * approved producers only. Star filters look at the certificate in force right
 * now, so they follow the clock.
 */
export async function findOcopProductIds(
  container: MedusaContainer,
  filters: OcopProductFilters,
  { now = new Date(), salesChannelIds }: { now?: Date; salesChannelIds?: string[] } = {}
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sets: Set<string>[] = []

  // A publishable key sells only its sales channels' products.
  if (salesChannelIds) {
    const { data: links } = await query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { sales_channel_id: salesChannelIds },
    })
    sets.push(new Set(links.map((l: any) => l.product_id)))
  }

  const producerFilter: Record<string, unknown> = { status: "approved" }
  if (filters.province) {
    const codes = await container.resolve<GeoModuleService>(GEO_MODULE).resolveProvinceCodes(filters.province)
    if (!codes.length) return []
    producerFilter.province_code = codes
  }
  if (filters.producer_type?.length) producerFilter.type = filters.producer_type
  if (filters.producer) producerFilter.slug = filters.producer
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers(producerFilter, { select: ["id"] })
  if (!producers.length) return []
  const { data: producerProducts } = await query.graph({
    entity: "producer",
    fields: ["products.id"],
    filters: { id: producers.map((p) => p.id) },
  })
  sets.push(new Set(producerProducts.flatMap((p: any) => (p.products ?? []).map((product: any) => product.id))))

  if (filters.group) {
    const categoryIds = await categoryWithDescendants(container, filters.group)
    if (!categoryIds.length) return []
    const products = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ categories: { id: categoryIds } }, { select: ["id"] })
    sets.push(new Set(products.map((p) => p.id)))
  }

  if (filters.origin_region) {
    const { data: regions } = await query.graph({
      entity: "origin_region",
      fields: ["products.id"],
      filters: { slug: filters.origin_region },
    })
    sets.push(new Set(regions.flatMap((r: any) => (r.products ?? []).map((product: any) => product.id))))
  }

  if (filters.stars?.length) {
    const candidates = intersect(sets.map((s) => new Set(s)))
    const certificates = await container.resolve<OcopModuleService>(OCOP_MODULE).listCertificates({
      product_id: candidates,
      revoked_at: null,
      valid_from: { $lte: now },
      expires_at: { $gt: now },
    })
    const byProduct = groupBy(certificates, (c) => c.product_id)
    const wanted = new Set(filters.stars)
    sets.push(
      new Set(
        [...byProduct].filter(([, certs]) => wanted.has(currentCertificate(certs, now)?.stars ?? 0)).map(([id]) => id)
      )
    )
  }

  return intersect(sets)
}

/** A category handle and every category below it: a group includes its sub-groups. */
async function categoryWithDescendants(container: MedusaContainer, handle: string): Promise<string[]> {
  const categories = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({}, { select: ["id", "handle", "parent_category_id"] })
  const root = categories.find((c) => c.handle === handle)
  if (!root) return []
  const ids = [root.id]
  for (let i = 0; i < ids.length; i++) {
    for (const c of categories) if (c.parent_category_id === ids[i]) ids.push(c.id)
  }
  return ids
}
