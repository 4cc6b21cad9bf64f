import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"

/**
 * The next moment the clock alone changes what a shopper sees: a certificate
 * lapses or a revocation dated ahead takes effect (stars), or a published fair
 * opens or closes (fair prices and badges). Until then a cached answer holds.
 */
export async function nextCatalogueChange(container: MedusaContainer, now: Date): Promise<number> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
  const soonest = async (list: (filters: any, config: any) => Promise<any[]>, field: string, filters: Record<string, unknown> = {}) => {
    const [next] = await list({ ...filters, [field]: { $gt: now } }, { select: [field], order: { [field]: "ASC" }, take: 1 })
    return next ? new Date(next[field]).getTime() : Infinity
  }
  const times = await Promise.all([
    soonest((f, c) => ocop.listCertificates(f, c), "expires_at"),
    soonest((f, c) => ocop.listCertificates(f, c), "revoked_at"),
    soonest((f, c) => fairs.listFairs(f, c), "starts_at", { status: "published" }),
    soonest((f, c) => fairs.listFairs(f, c), "ends_at", { status: "published" }),
  ])
  return Math.min(...times)
}
