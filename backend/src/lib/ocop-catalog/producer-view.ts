import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadGeoIndex } from "./geo-index"

export const PRODUCER_PUBLIC_FIELDS = [
  "id",
  "slug",
  "name",
  "type",
  "story",
  "contact_name",
  "phone",
  "email",
  "address",
  "logo_url",
  "province_code",
  "commune_code",
  "approved_at",
  "products.id",
  "products.status",
]

/** Approved producers as shoppers see them: where they are (today's map) and how many products they sell. */
export async function loadProducerViews(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  pagination?: { skip: number; take: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: PRODUCER_PUBLIC_FIELDS,
    filters: { ...filters, status: "approved" },
    pagination: pagination ? { ...pagination, order: { name: "ASC" } } : { order: { name: "ASC" } },
  })
  const geo = await loadGeoIndex(container, data.map((p: any) => p.commune_code))
  const producers = data.map(({ products, province_code, commune_code, ...producer }: any) => ({
    ...producer,
    province: geo.province.get(province_code) ?? null,
    commune: geo.commune.get(commune_code) ?? null,
    product_count: (products ?? []).filter((p: any) => p?.status === "published").length,
  }))
  return { producers, count: metadata?.count ?? producers.length }
}
