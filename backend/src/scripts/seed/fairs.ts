import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFairWorkflow } from "../../workflows/create-fair"
import { updateFairWorkflow } from "../../workflows/update-fair"
import { applyForBoothWorkflow } from "../../workflows/apply-for-booth"
import { reviewBoothWorkflow } from "../../workflows/review-booth"
import { featureBoothProductsWorkflow } from "../../workflows/feature-booth-products"
import { nfc } from "../../utils/nfc"
import fairsData from "./data/fairs.json"

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

/**
 * Demo fairs through the same workflows the portals use: created, booths
 * applied for and approved, products featured. A fair meant to be over is run
 * in the present first (applications close when a fair ends), then moved back.
 */
export async function seedFairs(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fairs = nfc(fairsData.fairs)
  logger.info(`Seeding ${fairs.length} fairs…`)
  const now = Date.now()
  // Whole hours, so the countdowns read cleanly.
  const hour = Math.floor(now / HOUR) * HOUR
  for (const data of fairs) {
    const startsAt = new Date(hour + data.starts_in_days * DAY)
    const endsAt = new Date(startsAt.getTime() + data.days * DAY)
    const past = endsAt.getTime() <= now
    const { result: fair } = await createFairWorkflow(container).run({
      input: {
        name: data.name,
        kind: data.kind as any,
        organiser_province_code: data.organiser_province_code,
        description: data.description,
        starts_at: past ? new Date(now - DAY) : startsAt,
        ends_at: past ? new Date(now + DAY) : endsAt,
        status: "published",
      },
    })
    for (const booth of data.booths) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "handle", "producer.id"],
        filters: { handle: booth.products.map((p) => p.handle) },
      })
      const idOf = new Map(products.map((p: any) => [p.handle, p.id] as [string, string]))
      const producerId = (products[0] as any)?.producer?.id
      if (!producerId) continue
      const { result: applied } = await applyForBoothWorkflow(container).run({
        input: {
          fair_id: fair.id,
          producer_id: producerId,
          products: booth.products.map((p: any) => ({ product_id: idOf.get(p.handle)!, fair_price: p.fair_price ?? null, discount_percent: p.discount_percent ?? null })),
        },
      })
      await reviewBoothWorkflow(container).run({ input: { fair_id: fair.id, booth_id: applied.id, decision: "approve", number: booth.number } })
      const featured = booth.products.filter((p: any) => p.featured).map((p) => idOf.get(p.handle)!)
      if (featured.length) await featureBoothProductsWorkflow(container).run({ input: { fair_id: fair.id, booth_id: applied.id, product_ids: featured } })
    }
    const sessions = data.sessions.map((s: any) => {
      const start = new Date(Math.floor((now + s.in_days * DAY) / DAY) * DAY + (s.hour - 7) * HOUR)
      return { title: s.title, kind: s.kind, host: s.host ?? null, link_url: s.link_url ?? null, starts_at: start.toISOString(), ends_at: new Date(start.getTime() + s.minutes * 60_000).toISOString() }
    })
    await updateFairWorkflow(container).run({ input: { id: fair.id, starts_at: startsAt.toISOString(), ends_at: endsAt.toISOString(), sessions } })
  }
}
