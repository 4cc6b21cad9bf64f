import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadGeoIndex } from "../ocop-catalog/geo-index"

/** A fair's numbered booths of approved producers (a producer suspended since disappears), by number. */
export async function approvedBoothViews(container: MedusaContainer, fair: any) {
  const booths = (fair.booths ?? []).filter((b: any) => b.status === "approved")
  return (await boothViews(container, booths)).filter((b) => b.producer?.status === "approved").sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
}

/** Booths with their producer by name and province. */
export async function boothViews(container: MedusaContainer, booths: any[]) {
  const ids = [...new Set(booths.map((b) => b.producer_id))]
  const { data: producers } = ids.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id", "name", "slug", "status", "province_code"], filters: { id: ids } })
    : { data: [] as any[] }
  const geo = await loadGeoIndex(container)
  const byId = new Map(producers.map((p: any) => [p.id, p] as [string, any]))
  return booths.map((booth) => {
    const producer = byId.get(booth.producer_id)
    return {
      id: booth.id as string,
      number: booth.number as number | null,
      status: booth.status as string,
      note: booth.note ?? null,
      rejection_reason: booth.rejection_reason ?? null,
      producer: producer
        ? { id: producer.id, name: producer.name, slug: producer.slug, status: producer.status, province_name: geo.province.get(producer.province_code)?.name ?? null }
        : null,
      products: (booth.products ?? []) as any[],
    }
  })
}
