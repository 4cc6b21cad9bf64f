import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../validation"
import { requireApprovedProducer } from "../../producer/context"
import { BoothActionBody, BoothApplicationBody, CreateFairBody, FairVisitBody, StoreFairQuery, UpdateFairBody } from "./validators"

/** Fairs in the shop, in the producer portal and in the province portal (logins come from those areas). */
export const fairMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/fairs/:slug", methods: ["GET"], middlewares: [validateQuery(StoreFairQuery)] },
  { matcher: "/store/fairs/:slug/visits", methods: ["POST"], middlewares: [validateBody(FairVisitBody)] },
  { matcher: "/producer/fairs*", middlewares: [requireApprovedProducer as any] },
  { matcher: "/producer/fairs/:id/booth", methods: ["POST"], middlewares: [validateBody(BoothApplicationBody)] },
  { matcher: "/province/fairs", methods: ["POST"], middlewares: [validateBody(CreateFairBody)] },
  { matcher: "/province/fairs/:id", methods: ["POST"], middlewares: [validateBody(UpdateFairBody)] },
  { matcher: "/province/fairs/:id/booths/:booth_id/:action", methods: ["POST"], middlewares: [validateBody(BoothActionBody)] },
]
