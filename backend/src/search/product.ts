import { defineSearchIndex, graphSeed } from "@medusajs/framework/utils"
import { productDocumentsOf, tracked } from "../lib/ocop-search/batch"
import { buildProductDocuments, PRODUCT_SOURCE_FIELDS } from "../lib/ocop-search/documents"
import { PRODUCT_INDEX_EVENTS, productIdsForEvent } from "../lib/ocop-search/events"
import { PRODUCT_INDEX, productSearchFields } from "../lib/ocop-search/fields"
import { catalogueEventHeard } from "../lib/catalogue-cache/generation"

/**
 * The OCOP product index behind GET /store/ocop/search. The Search Module
 * creates it (`db:migrate`), fills it when the server starts and on
 * `npm run search:rebuild`, and keeps it fresh from PRODUCT_INDEX_EVENTS:
 * each event names products, whose documents are rewritten from the
 * database, or removed when a shopper may no longer see them (deleted,
 * unpublished, producer not approved).
 */
export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields: productSearchFields,
  events: PRODUCT_INDEX_EVENTS,
  consume: (event, { container }) =>
    tracked(async () => {
      // Where the events are consumed (the worker, with Redis), cached catalogue answers everywhere hear of it too.
      await catalogueEventHeard(event.name).catch(() => undefined)
      const ids = await productIdsForEvent(event, container.query)
      if (!ids.length) return []
      if (event.name === "product.deleted") return [{ action: "delete" as const, filters: { id: ids } }]
      const documents = await productDocumentsOf(container.query, ids)
      const gone = ids.filter((id) => !documents.some((d) => d.id === id))
      return [
        ...(documents.length ? [{ action: "upsert" as const, documents }] : []),
        ...(gone.length ? [{ action: "delete" as const, filters: { id: gone } }] : []),
      ]
    }),
  seed: graphSeed({
    fields: PRODUCT_SOURCE_FIELDS,
    batch_size: 100,
    transform: (rows, { container }) => buildProductDocuments(container.query, rows),
  }),
})
