import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../validation"
import { limitLogins } from "../rate-limit"
import { loadOfficerContext } from "./context"
import {
  ProvinceClaimsQuery,
  ProvinceDecision,
  ProvinceExpiringQuery,
  ProvinceProducersQuery,
  ProvinceProductsQuery,
  ProvinceSettings,
} from "./validators"

export const provinceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/officer/emailpass", methods: ["POST"], middlewares: [limitLogins()] },
  { matcher: "/province*", middlewares: [authenticate("officer", ["session", "bearer"]), loadOfficerContext as any] },
  { matcher: "/province/settings", methods: ["POST"], middlewares: [validateBody(ProvinceSettings)] },
  { matcher: "/province/producers", methods: ["GET"], middlewares: [validateQuery(ProvinceProducersQuery)] },
  { matcher: "/province/producers/:id/:decision", methods: ["POST"], middlewares: [validateBody(ProvinceDecision)] },
  { matcher: "/province/products", methods: ["GET"], middlewares: [validateQuery(ProvinceProductsQuery)] },
  { matcher: "/province/products/:id/:decision", methods: ["POST"], middlewares: [validateBody(ProvinceDecision)] },
  { matcher: "/province/certificate-claims", methods: ["GET"], middlewares: [validateQuery(ProvinceClaimsQuery)] },
  { matcher: "/province/certificate-claims/:id/:decision", methods: ["POST"], middlewares: [validateBody(ProvinceDecision)] },
  { matcher: "/province/certificates/expiring", methods: ["GET"], middlewares: [validateQuery(ProvinceExpiringQuery)] },
]
