import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "./validation"
import { StoreOcopProductQuery, StoreOcopProductsQuery } from "./store/ocop/validators"
import { StoreProducersQuery } from "./store/producers/validators"
import { adminOcopMiddlewares } from "./admin/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { provinceMiddlewares } from "./province/middlewares"
import { z } from "zod"
import { StoreOcopSearchQuery, StoreOcopSuggestQuery } from "./store/ocop/search/validators"
import { linkedProductIds, refreshSearchAfter } from "../lib/ocop-search/refresh-after"
import { limitStampChecks } from "./rate-limit"
import { shoppingMiddlewares } from "./store/ocop/shopping-middlewares"
import { translatedErrorHandler } from "./error-messages"
import { fairMiddlewares } from "./store/fairs/middlewares"

export default defineMiddlewares({
  // Medusa's handler, with the messages shoppers meet in Vietnamese.
  errorHandler: translatedErrorHandler(),
  routes: [
    { matcher: "/store/ocop/products", methods: ["GET"], middlewares: [validateQuery(StoreOcopProductsQuery)] },
    { matcher: "/store/ocop/products/:handle", methods: ["GET"], middlewares: [validateQuery(StoreOcopProductQuery)] },
    { matcher: "/store/producers", methods: ["GET"], middlewares: [validateQuery(StoreProducersQuery)] },
    { matcher: "/store/trace/:code", methods: ["GET"], middlewares: [limitStampChecks()] },
    { matcher: "/store/ocop/search", methods: ["GET"], middlewares: [validateQuery(StoreOcopSearchQuery)] },
    { matcher: "/store/ocop/search/suggest", methods: ["GET"], middlewares: [validateQuery(StoreOcopSuggestQuery)] },
    {
      matcher: "/store/geo/communes",
      methods: ["GET"],
      middlewares: [validateQuery(z.object({ province_code: z.string().regex(/^\d{2}$/, "Mã tỉnh gồm 2 chữ số") }))],
    },
    ...shoppingMiddlewares,
    // Stripe signs the exact bytes it sent.
    { matcher: "/hooks/stripe", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    ...adminOcopMiddlewares,
    ...producerMiddlewares,
    ...provinceMiddlewares,
    // After the portals' own: their logins come first.
    ...fairMiddlewares,
    // Admin changes no event reports per product: the product search index is told once they succeed.
    { matcher: "/admin/products/:id/producer", methods: ["POST"], middlewares: [refreshSearchAfter((req) => [req.params.id])] },
    { matcher: "/admin/sales-channels/:id/products", methods: ["POST"], middlewares: [refreshSearchAfter(linkedProductIds)] },
    { matcher: "/admin/product-categories/:id/products", methods: ["POST"], middlewares: [refreshSearchAfter(linkedProductIds)] },
  ],
})
