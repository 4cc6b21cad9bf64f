import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { assertSellableStep } from "./steps/assert-sellable"
import { createProducerOrdersStep } from "./steps/create-producer-orders"
import { assertPricesCurrentStep } from "./steps/assert-prices-current"
import { issueOrderAccessTokenStep } from "./steps/issue-order-access-token"

export const PRODUCER_ORDERS_CREATED = "producer_order.created"
export const PURCHASE_PLACED = "purchase.placed"

/**
 * Completes a cart as one purchase (one payment, Medusa's order) and splits it
 * into one order per producer, each with its share of shipping and its own
 * status. If any step fails, Medusa's completion is compensated with it.
 */
export const completePurchaseWorkflow = createWorkflow("complete-purchase", (input: { id: string }) => {
  assertSellableStep(input)
  assertPricesCurrentStep(input)
  const purchase = completeCartWorkflow.runAsStep({ input: { id: input.id } })
  const orderRef = transform({ purchase }, ({ purchase }) => ({ order_id: purchase.id }))
  const producerOrders = createProducerOrdersStep(orderRef)
  const accessToken = issueOrderAccessTokenStep(orderRef)
  emitEventStep({
    eventName: PRODUCER_ORDERS_CREATED,
    data: transform({ producerOrders }, ({ producerOrders }) => producerOrders.map((o: any) => ({ id: o.id, producer_id: o.producer_id }))),
  })
  // The confirmation message carries the guest's link, so it goes out from here (see subscribers/purchase-placed).
  emitEventStep({
    eventName: PURCHASE_PLACED,
    data: transform({ purchase, accessToken }, ({ purchase, accessToken }) => ({ id: purchase.id, access_token: accessToken })),
  }).config({ name: "emit-purchase-placed" })
  return new WorkflowResponse(
    transform({ purchase, producerOrders, accessToken }, ({ purchase, producerOrders, accessToken }) => ({
      id: purchase.id,
      producer_orders: producerOrders,
      access_token: accessToken,
    }))
  )
})
