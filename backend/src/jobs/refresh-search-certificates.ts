import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { rebuildProductSearchIndex } from "../lib/ocop-search/rebuild"

const WINDOW_MS = 2 * 60 * 60 * 1000

/**
 * Certificates change state with the clock, without an event: one that starts
 * later than it was recorded (or is revoked from a later date) gains or loses
 * its stars on its own. Search already compares expiry with the clock when it
 * answers; this rewrites, every hour, the documents of products whose
 * certificates started, lapsed or were revoked in the last two hours, so the
 * stored stars (used to sort by stars) follow too.
 */
export default async function refreshSearchCertificates(container: MedusaContainer) {
  const now = new Date()
  const since = new Date(now.getTime() - WINDOW_MS)
  const window = { $gt: since, $lte: now }
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const select = { select: ["product_id"], take: null }
  const changed = await Promise.all([
    ocop.listCertificates({ valid_from: window }, select),
    ocop.listCertificates({ expires_at: window }, select),
    ocop.listCertificates({ revoked_at: window }, select),
  ])
  const productIds = [...new Set(changed.flat().map((c) => c.product_id))]
  if (!productIds.length) return
  await rebuildProductSearchIndex(container, { productIds })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Search: refreshed ${productIds.length} product(s) whose OCOP certificate changed state in the last two hours.`)
}

export const config = {
  name: "refresh-search-certificates",
  schedule: "10 * * * *",
}
