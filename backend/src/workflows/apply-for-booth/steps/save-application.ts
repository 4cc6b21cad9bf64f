import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import type { BoothApplication } from "./validate-application"

/** A pending booth with its products; applying again replaces a pending application. */
export const saveApplicationStep = createStep(
  "save-booth-application",
  async ({ application, existing_booth_id }: { application: BoothApplication; existing_booth_id: string | null }, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    let previous: any = null
    if (existing_booth_id) {
      previous = await fairs.retrieveBooth(existing_booth_id, { relations: ["products"] })
      await fairs.deleteBooths(existing_booth_id)
    }
    const booth = await fairs.createBooths({
      fair_id: application.fair_id,
      producer_id: application.producer_id,
      note: application.note ?? null,
      status: "pending",
      products: application.products.map((p) => ({ product_id: p.product_id, fair_price: p.fair_price ?? null, discount_percent: p.discount_percent ?? null })),
    } as any)
    return new StepResponse(booth, { created: booth.id, previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    await fairs.deleteBooths(saved.created)
    if (saved.previous) await fairs.restoreBooths(saved.previous.id)
  }
)
