import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerWorkflow, type CreateProducerInput } from "../../workflows/create-producer"
import producersData from "./data/producers.json"

/** Producers of all four types, through the same workflow the dashboard uses. */
export async function seedProducers(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const producers = producersData.producers as CreateProducerInput[]
  logger.info(`Seeding ${producers.length} producers…`)
  const idBySlug = new Map<string, string>()
  for (const producer of producers) {
    const { result } = await createProducerWorkflow(container).run({ input: producer })
    idBySlug.set(result.slug, result.id)
  }
  return { producerIdBySlug: idBySlug }
}
