import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isSeeded } from "./seed/store"
import { seedDemoStore } from "./seed/demo-store"
import { ensureProductSearchIndex, rebuildProductSearchIndex } from "../lib/ocop-search/rebuild"

/**
 * `npm start` runs this once, on an empty database. Running it again is safe:
 * a seeded store is left as it is.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (await isSeeded(container)) {
    logger.info("Store already seeded; nothing to do.")
    return
  }
  // The seed's own events update the product search index, so it must exist first;
  // the rebuild afterwards does not depend on every event being applied before this script exits.
  await ensureProductSearchIndex(container)
  await seedDemoStore(container)
  await rebuildProductSearchIndex(container)
  logger.info("Seed finished.")
}
