import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import promotionsData from "./data/promotions.json"

const DAY = 24 * 60 * 60 * 1000

/** Demo promotion codes (Medusa's promotion module): one for everything, one for tea, one expired. */
export async function seedPromotions(container: MedusaContainer, categoryIdByHandle: Map<string, string>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info(`Seeding ${promotionsData.promotions.length} promotion codes…`)
  for (const promo of promotionsData.promotions as any[]) {
    let campaignId: string | undefined
    if (promo.campaign) {
      const now = Date.now()
      const { result } = await createCampaignsWorkflow(container).run({
        input: {
          campaignsData: [
            {
              name: promo.campaign.name,
              campaign_identifier: promo.campaign.identifier,
              starts_at: new Date(now - promo.campaign.days_ago_start * DAY),
              ends_at: new Date(now - promo.campaign.days_ago_end * DAY),
            },
          ],
        },
      })
      campaignId = result[0].id
    }
    const categoryId = promo.category ? categoryIdByHandle.get(promo.category) : undefined
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code: promo.code,
            type: "standard",
            status: "active",
            is_automatic: false,
            campaign_id: campaignId,
            application_method: {
              type: promo.kind,
              target_type: promo.target,
              allocation: promo.target === "items" ? "across" : undefined,
              value: promo.value,
              currency_code: "vnd",
              target_rules: categoryId ? [{ attribute: "items.product.categories.id", operator: "in", values: [categoryId] }] : undefined,
            },
          } as any,
        ],
      },
    })
  }
}
