import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { fairPriceOf } from "../../modules/fair/phase"

type Price = { amount: number; currency_code: string; price_set_id: string }

/** A variant's everyday VND price: the one outside any price list. */
const regularPrice = (variant: any) =>
  (variant.price_set?.prices ?? []).find((p: any) => p.currency_code === "vnd" && !p.price_list_id && !p.rules_count)

/**
 * The fair's price list holds exactly the fair prices of its approved booths:
 * a fixed fair price applies to a product's first pack, and the same
 * percentage off to its other packs. Medusa applies the list during the fair only.
 */
export const syncFairPricesStep = createStep(
  "sync-fair-prices",
  async ({ fair_id }: { fair_id: string }, { container }) => {
    const saved = await syncFairPrices(container, fair_id)
    return new StepResponse(saved?.count ?? 0, saved ? [saved.undo] : [])
  },
  async (undo, { container }) => {
    for (const saved of undo ?? []) await restorePrices(container, saved)
  }
)

/** After a product's own prices change, every fair showing it re-prices its percentage discounts. */
export const syncFairPricesOfProductStep = createStep(
  "sync-fair-prices-of-product",
  async ({ product_id }: { product_id: string }, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const onShow = await fairs.listBoothProducts({ product_id }, { relations: ["booth"] })
    const fairIds = [...new Set(onShow.filter((bp: any) => bp.booth?.status === "approved").map((bp: any) => bp.booth.fair_id))]
    const undo: Saved[] = []
    for (const fairId of fairIds) {
      const saved = await syncFairPrices(container, fairId as string)
      if (saved) undo.push(saved.undo)
    }
    return new StepResponse(fairIds.length, undo)
  },
  async (undo, { container }) => {
    for (const saved of undo ?? []) await restorePrices(container, saved)
  }
)

type Saved = { price_list_id: string; before: Price[] }

async function restorePrices(container: MedusaContainer, saved: Saved) {
  const pricing = container.resolve(Modules.PRICING)
  const now = await pricing.listPrices({ price_list_id: [saved.price_list_id] })
  if (now.length) await pricing.removePrices(now.map((p: any) => p.id))
  if (saved.before.length) await pricing.addPriceListPrices([{ price_list_id: saved.price_list_id, prices: saved.before }])
}

async function syncFairPrices(container: MedusaContainer, fair_id: string): Promise<{ count: number; undo: Saved } | null> {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const fair = await fairs.retrieveFair(fair_id, { relations: ["booths", "booths.products"] })
    if (!fair.price_list_id) return null
    const boothProducts = (fair.booths ?? []).filter((b: any) => b.status === "approved").flatMap((b: any) => b.products ?? [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = boothProducts.length
      ? await query.graph({
          entity: "product_variant",
          fields: ["id", "product_id", "variant_rank", "price_set.id", "price_set.prices.amount", "price_set.prices.currency_code", "price_set.prices.price_list_id", "price_set.prices.rules_count"],
          filters: { product_id: boothProducts.map((bp: any) => bp.product_id) },
        })
      : { data: [] as any[] }
    const wanted: Price[] = []
    for (const bp of boothProducts as any[]) {
      const own = (variants as any[]).filter((v) => v.product_id === bp.product_id).sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
      const first = own[0] && regularPrice(own[0])
      if (!first) continue
      const firstFair = fairPriceOf(Number(first.amount), bp)
      if (firstFair == null) continue
      const ratio = firstFair / Number(first.amount)
      for (const variant of own) {
        const regular = regularPrice(variant)
        if (!regular || !variant.price_set?.id) continue
        const amount = variant === own[0] ? firstFair : Math.round(Number(regular.amount) * ratio)
        if (amount > 0 && amount < Number(regular.amount)) wanted.push({ amount, currency_code: "vnd", price_set_id: variant.price_set.id })
      }
    }
    const pricing = container.resolve(Modules.PRICING)
    const previous = await pricing.listPrices({ price_list_id: [fair.price_list_id] }, { relations: ["price_set"] } as any)
    const before: Price[] = previous.map((p: any) => ({ amount: Number(p.amount), currency_code: p.currency_code, price_set_id: p.price_set?.id ?? p.price_set_id }))
    if (previous.length) await pricing.removePrices(previous.map((p: any) => p.id))
    if (wanted.length) await pricing.addPriceListPrices([{ price_list_id: fair.price_list_id, prices: wanted }])
    return { count: wanted.length, undo: { price_list_id: fair.price_list_id, before } }
}
