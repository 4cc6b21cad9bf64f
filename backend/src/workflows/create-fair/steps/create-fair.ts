import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import { slugify } from "../../../utils/fold-vietnamese"

export type FairFields = {
  name: string
  kind?: "hoi_cho" | "tuan_le" | "cho_phien"
  organiser_province_code: string | null
  description?: string | null
  banner_url?: string | null
  starts_at: string | Date
  ends_at: string | Date
  status?: "draft" | "published" | "cancelled"
}

export function assertFairTimes(starts_at: string | Date, ends_at: string | Date) {
  const start = new Date(starts_at).getTime()
  const end = new Date(ends_at).getTime()
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Thời gian bắt đầu/kết thúc không hợp lệ.")
  if (end <= start) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hội chợ phải kết thúc sau khi bắt đầu.")
}

/** The fair itself, with a slug of its own (a number is added when the name is taken). */
export const createFairStep = createStep(
  "create-fair",
  async (input: FairFields & { price_list_id: string }, { container }) => {
    assertFairTimes(input.starts_at, input.ends_at)
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const base = slugify(input.name)
    let slug = base
    for (let n = 2; (await fairs.listFairs({ slug }, { withDeleted: true } as any)).length; n++) slug = `${base}-${n}`
    const fair = await fairs.createFairs({
      ...input,
      slug,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
    } as any)
    return new StepResponse(fair, fair.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FairModuleService>(FAIR_MODULE).deleteFairs(id)
  }
)
