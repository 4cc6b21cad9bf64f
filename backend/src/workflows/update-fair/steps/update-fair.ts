import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import { assertFairTimes, type FairFields } from "../../create-fair/steps/create-fair"

export type FairSessionInput = { title: string; kind?: "livestream" | "talk" | "tasting"; starts_at: string; ends_at?: string | null; link_url?: string | null; host?: string | null }
export type FairUpdate = Partial<Omit<FairFields, "organiser_province_code">> & { id: string; sessions?: FairSessionInput[] }

const FIELDS = ["name", "kind", "description", "banner_url", "starts_at", "ends_at", "status"] as const

/** Changes a fair; a schedule given replaces the old one. The previous state is restored on failure. */
export const updateFairStep = createStep(
  "update-fair",
  async ({ id, sessions, ...changes }: FairUpdate, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const before = await fairs.retrieveFair(id, { relations: ["sessions"] })
    assertFairTimes(changes.starts_at ?? before.starts_at, changes.ends_at ?? before.ends_at)
    const update: Record<string, unknown> = { id }
    for (const key of FIELDS) if (changes[key] !== undefined) update[key] = key.endsWith("_at") ? new Date(changes[key] as string) : changes[key]
    const fair = await fairs.updateFairs(update as any)
    if (sessions) {
      await fairs.deleteFairSessions((before.sessions ?? []).map((s: any) => s.id))
      if (sessions.length) {
        await fairs.createFairSessions(sessions.map((s) => ({ ...s, starts_at: new Date(s.starts_at), ends_at: s.ends_at ? new Date(s.ends_at) : null, fair_id: id })) as any)
      }
    }
    return new StepResponse(fair, { before, replacedSessions: Boolean(sessions) })
  },
  async (saved, { container }) => {
    if (!saved) return
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const { before, replacedSessions } = saved as any
    const restore: Record<string, unknown> = { id: before.id }
    for (const key of FIELDS) restore[key] = before[key]
    await fairs.updateFairs(restore as any)
    if (replacedSessions) {
      const now = await fairs.listFairSessions({ fair_id: before.id })
      await fairs.deleteFairSessions(now.map((s) => s.id))
      const old = (before.sessions ?? []).map(({ id, fair, created_at, updated_at, deleted_at, ...s }: any) => ({ ...s, fair_id: before.id }))
      if (old.length) await fairs.createFairSessions(old)
    }
  }
)
