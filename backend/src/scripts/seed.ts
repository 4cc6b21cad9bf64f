import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isSeeded } from "./seed/store"
import { seedDemoStore } from "./seed/demo-store"

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
  await seedDemoStore(container)
  logger.info("Seed finished.")
}
