import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productIndexSize, rebuildProductSearchIndex } from "../lib/ocop-search/rebuild"

/**
 * `npm run search:rebuild -w backend`: rebuilds the product search index from
 * the database (after editing src/search/synonyms.json, for instance). Run
 * `npx medusa db:migrate` first if src/search/product.ts changed shape.
 */
export default async function searchRebuild({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  await rebuildProductSearchIndex(container)
  logger.info(`Product search index rebuilt: ${await productIndexSize(container)} product(s) in ${Date.now() - started} ms.`)
}
