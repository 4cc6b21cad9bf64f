import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { assertSellableStep } from "./steps/assert-sellable"
import { createProducerOrdersStep } from "./steps/create-producer-orders"

export const PRODUCER_ORDERS_CREATED = "producer_order.created"

/**
 * Completes a cart as one purchase (one payment, Medusa's order) and splits it
 * into one order per producer, each with its share of shipping and its own
 * status. If any step fails, Medusa's completion is compensated with it.
 */
export const completePurchaseWorkflow = createWorkflow("complete-purchase", (input: { id: string }) => {
  assertSellableStep(input)
  const purchase = completeCartWorkflow.runAsStep({ input: { id: input.id } })
  const producerOrders = createProducerOrdersStep(transform({ purchase }, ({ purchase }) => ({ order_id: purchase.id })))
  emitEventStep({
    eventName: PRODUCER_ORDERS_CREATED,
    data: transform({ producerOrders }, ({ producerOrders }) => producerOrders.map((o: any) => ({ id: o.id, producer_id: o.producer_id }))),
  })
  return new WorkflowResponse(transform({ purchase, producerOrders }, ({ purchase, producerOrders }) => ({ id: purchase.id, producer_orders: producerOrders })))
})
