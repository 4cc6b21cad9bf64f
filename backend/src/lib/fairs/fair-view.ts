import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { fairPhase } from "../../modules/fair/phase"
import { loadGeoIndex } from "../ocop-catalog/geo-index"

export const fairService = (container: MedusaContainer) => container.resolve<FairModuleService>(FAIR_MODULE)

/** Fairs as everyone sees them: phase from the clock, organiser by name, approved booths counted. */
export async function toFairSummaries(container: MedusaContainer, fairs: any[], now = new Date()) {
  const geo = await loadGeoIndex(container)
  return fairs.map((fair) => {
    const approved = (fair.booths ?? []).filter((b: any) => b.status === "approved")
    return {
      id: fair.id,
      slug: fair.slug,
      name: fair.name,
      kind: fair.kind,
      status: fair.status,
      phase: fairPhase(fair, now),
      starts_at: fair.starts_at,
      ends_at: fair.ends_at,
      now: now.toISOString(),
      organiser: fair.organiser_province_code
        ? { province_code: fair.organiser_province_code, name: geo.province.get(fair.organiser_province_code)?.name ?? fair.organiser_province_code }
        : null,
      description: fair.description ?? null,
      banner_url: fair.banner_url ?? null,
      booth_count: approved.length,
      product_count: approved.reduce((sum: number, b: any) => sum + (b.products ?? []).length, 0),
    }
  })
}

export async function listFairsWithBooths(container: MedusaContainer, filters: Record<string, unknown>) {
  return fairService(container).listFairs(filters, { relations: ["booths", "booths.products"], order: { starts_at: "ASC" } })
}

/** A published (or cancelled) fair by slug; drafts do not exist for shoppers. */
export async function publicFair(container: MedusaContainer, slug: string) {
  const [fair] = await fairService(container).listFairs(
    { slug, status: ["published", "cancelled"] },
    { relations: ["booths", "booths.products", "sessions"] }
  )
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hội chợ.")
  return fair
}

export function sessionViews(fair: any) {
  return [...(fair.sessions ?? [])]
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
    .map((s: any) => ({ id: s.id, title: s.title, kind: s.kind, starts_at: s.starts_at, ends_at: s.ends_at, link_url: s.link_url, host: s.host }))
}
