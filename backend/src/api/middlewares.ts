import { defineMiddlewares } from "@medusajs/framework/http"
import { validateQuery } from "./validation"
import { StoreOcopProductQuery, StoreOcopProductsQuery } from "./store/ocop/validators"
import { StoreProducersQuery } from "./store/producers/validators"
import { adminOcopMiddlewares } from "./admin/middlewares"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/ocop/products", methods: ["GET"], middlewares: [validateQuery(StoreOcopProductsQuery)] },
    { matcher: "/store/ocop/products/:handle", methods: ["GET"], middlewares: [validateQuery(StoreOcopProductQuery)] },
    { matcher: "/store/producers", methods: ["GET"], middlewares: [validateQuery(StoreProducersQuery)] },
    ...adminOcopMiddlewares,
  ],
})
