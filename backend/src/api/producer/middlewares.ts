import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../validation"
import { limitLogins, limitSignUps } from "../rate-limit"
import { acceptFiles, IMAGE_TYPES, PAPER_TYPES } from "../uploads"
import { loadProducerContext, requireApprovedProducer, requireOwner } from "./context"
import {
  ProducerAddMember,
  ProducerClaimCertificate,
  ProducerCreateProduct,
  ProducerOrdersQuery,
  ProducerSignUp,
  ProducerUpdateProduct,
} from "./validators"

const signedIn = authenticate("producer", ["session", "bearer"])
const isSignUp = (req: MedusaRequest) => req.originalUrl.split("?")[0].replace(/\/$/, "") === "/producer/signup"

// Sign-up is the one /producer route without a login.
const memberOnly = [
  (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => (isSignUp(req) ? next() : signedIn(req, res, next)),
  (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    isSignUp(req) ? next() : loadProducerContext(req as any, res, next),
]
const selling = [requireApprovedProducer as any]

export const producerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/producer/emailpass", methods: ["POST"], middlewares: [limitLogins()] },
  { matcher: "/producer/signup", methods: ["POST"], middlewares: [limitSignUps(), validateBody(ProducerSignUp)] },
  { matcher: "/producer*", middlewares: memberOnly },
  { matcher: "/producer/papers", methods: ["POST"], middlewares: [acceptFiles(PAPER_TYPES)] },
  { matcher: "/producer/uploads", methods: ["POST"], middlewares: [...selling, acceptFiles(IMAGE_TYPES, 10)] },
  { matcher: "/producer/dashboard", middlewares: selling },
  { matcher: "/producer/products*", middlewares: selling },
  { matcher: "/producer/orders*", middlewares: selling },
  { matcher: "/producer/products", methods: ["POST"], middlewares: [validateBody(ProducerCreateProduct)] },
  { matcher: "/producer/products/:id", methods: ["POST"], middlewares: [validateBody(ProducerUpdateProduct)] },
  { matcher: "/producer/products/:id/certificate-claims", methods: ["POST"], middlewares: [validateBody(ProducerClaimCertificate)] },
  { matcher: "/producer/orders", methods: ["GET"], middlewares: [validateQuery(ProducerOrdersQuery)] },
  { matcher: "/producer/members", methods: ["POST"], middlewares: [requireOwner as any, validateBody(ProducerAddMember)] },
]
