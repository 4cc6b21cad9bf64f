import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../validation"
import {
  AdminCreateCertificate,
  AdminCreateProducer,
  AdminCreateProvinceOfficer,
  AdminIssueStampLot,
  AdminProducersQuery,
  AdminRevokeCertificate,
  AdminSetProductProducer,
  AdminUpdateProducer,
} from "./validators"

export const adminOcopMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/producers", methods: ["GET"], middlewares: [validateQuery(AdminProducersQuery)] },
  { matcher: "/admin/producers", methods: ["POST"], middlewares: [validateBody(AdminCreateProducer)] },
  { matcher: "/admin/producers/:id", methods: ["POST"], middlewares: [validateBody(AdminUpdateProducer)] },
  { matcher: "/admin/products/:id/producer", methods: ["POST"], middlewares: [validateBody(AdminSetProductProducer)] },
  { matcher: "/admin/products/:id/certificates", methods: ["POST"], middlewares: [validateBody(AdminCreateCertificate)] },
  { matcher: "/admin/ocop-certificates/:id/revoke", methods: ["POST"], middlewares: [validateBody(AdminRevokeCertificate)] },
  { matcher: "/admin/stamp-lots", methods: ["POST"], middlewares: [validateBody(AdminIssueStampLot)] },
  { matcher: "/admin/province-officers", methods: ["POST"], middlewares: [validateBody(AdminCreateProvinceOfficer)] },
]
