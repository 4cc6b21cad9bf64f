import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateBodyFields, validateQuery } from "../../validation"
import { limitFailures, limitLogins } from "../../rate-limit"
import { VnAddressInput } from "../../../lib/shopping/vn-address"
import { CheckoutAddressBody, ClaimOrderBody, DeliveryBody, OrdersQuery, PaymentBody, PromotionCodeBody } from "./shopping-validators"

// 5 refused registrations per address and email in an hour.
const limitRegistrations = () =>
  limitFailures({ name: "đăng ký tài khoản", limit: 5, windowMs: 60 * 60_000, keyOf: (req) => String((req.body as any)?.email ?? "").trim().toLowerCase() })

const customer = authenticate("customer", ["session", "bearer"])
// Guests too: a customer's token, when sent, lets them read their own orders without the link.
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const shoppingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/customer/emailpass", methods: ["POST"], middlewares: [limitLogins()] },
  { matcher: "/auth/customer/emailpass/register", methods: ["POST"], middlewares: [limitRegistrations()] },
  { matcher: "/store/ocop/carts/:id/promotions", methods: ["POST"], middlewares: [validateBody(PromotionCodeBody)] },
  { matcher: "/store/ocop/carts/:id/address", methods: ["POST"], middlewares: [validateBodyFields(CheckoutAddressBody)] },
  { matcher: "/store/ocop/carts/:id/shipping", methods: ["POST"], middlewares: [validateBody(DeliveryBody)] },
  { matcher: "/store/ocop/carts/:id/payment", methods: ["POST"], middlewares: [maybeCustomer, validateBody(PaymentBody)] },
  { matcher: "/store/ocop/orders", methods: ["GET"], middlewares: [customer, validateQuery(OrdersQuery)] },
  { matcher: "/store/ocop/orders/:id", methods: ["GET"], middlewares: [maybeCustomer] },
  { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [maybeCustomer] },
  { matcher: "/store/ocop/orders/:id/cancel", methods: ["POST"], middlewares: [customer] },
  { matcher: "/store/ocop/orders/:id/claim", methods: ["POST"], middlewares: [customer, validateBody(ClaimOrderBody)] },
  { matcher: "/store/ocop/addresses", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/ocop/addresses", methods: ["POST"], middlewares: [customer, validateBodyFields(VnAddressInput)] },
  { matcher: "/store/ocop/addresses/:id", methods: ["DELETE"], middlewares: [customer] },
]
