import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { calculateVariantPrices } from "../ocop-catalog/variant-prices"
import { fairService } from "./fair-view"

/**
 * Search hits of products shown at a fair that is live right now carry the
 * fair (name, link, end) and the fair price the cart will charge (Medusa's
 * price list, computed now), next to the usual price.
 */
export async function withFairBadges<T extends { id: string }>(container: MedusaContainer, hits: T[], now = new Date()) {
  const none = hits.map((hit) => ({ ...hit, fair: null as null | { slug: string; name: string; ends_at: string; fair_price: number | null; regular_price: number | null } }))
  if (!hits.length) return none
  const fairOf = new Map((await fairService(container).liveFairsOfProducts(hits.map((h) => h.id), now)).map((l) => [l.product_id, l.fair]))
  const shown = hits.map((h) => h.id).filter((id) => fairOf.has(id))
  if (!shown.length) return none
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { take: 1 })
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { product_id: shown },
  })
  const prices = await calculateVariantPrices(container, variants.map((v: any) => v.id), { region_id: region?.id, currency_code: "vnd" })
  return none.map((hit) => {
    const fair = fairOf.get(hit.id)
    if (!fair) return hit
    const own = (variants as any[]).filter((v) => v.product_id === hit.id && prices.has(v.id)).map((v) => prices.get(v.id)!)
    const cheapest = own.sort((a, b) => a.calculated_amount - b.calculated_amount)[0]
    return {
      ...hit,
      fair: {
        slug: fair.slug,
        name: fair.name,
        ends_at: new Date(fair.ends_at).toISOString(),
        fair_price: cheapest?.calculated_amount ?? null,
        regular_price: cheapest?.original_amount ?? null,
      },
    }
  })
}
