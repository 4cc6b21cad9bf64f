import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_CHANGED } from "./events"

/**
 * For admin requests that change a product's search document without any
 * event naming the product (a new producer; products added to or removed from
 * a sales channel or category): once the request has succeeded, emits
 * `ocop_product.changed` for each product, which the product index consumes.
 */
export function refreshSearchAfter(productIdsOf: (req: MedusaRequest) => string[]) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.on("finish", () => {
      if (res.statusCode >= 300) return
      const ids = [...new Set(productIdsOf(req).filter((id) => typeof id === "string" && id))]
      if (!ids.length) return
      req.scope
        .resolve(Modules.EVENT_BUS)
        .emit(ids.map((id) => ({ name: PRODUCT_SEARCH_CHANGED, data: { id } })))
        .catch((error: Error) =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Search: could not queue a refresh of ${ids.join(", ")}: ${error.message}`)
        )
    })
    next()
  }
}

/** `{ add: [...], remove: [...] }` bodies of Medusa's batch link routes. */
export const linkedProductIds = (req: MedusaRequest) => {
  const body = (req.body ?? {}) as { add?: unknown; remove?: unknown }
  return [body.add, body.remove].flatMap((list) => (Array.isArray(list) ? list : [])) as string[]
}
