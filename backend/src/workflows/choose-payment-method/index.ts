import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

/**
 * The shopper's way to pay: one payment session on the cart's payment
 * collection (created the first time); choosing again replaces it.
 */
export const choosePaymentMethodWorkflow = createWorkflow(
  "choose-payment-method",
  (input: { cart_id: string; provider_id: string; customer_id?: string | null }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "payment_collection.id"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const created = when({ carts }, ({ carts }) => !carts[0].payment_collection?.id).then(() =>
      createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    )
    const collectionId = transform({ carts, created }, ({ carts, created }) => carts[0].payment_collection?.id ?? (created as any)?.id)
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: transform({ input, collectionId }, ({ input, collectionId }) => ({
        payment_collection_id: collectionId,
        provider_id: input.provider_id,
        customer_id: input.customer_id ?? undefined,
      })),
    })
    return new WorkflowResponse(session)
  }
)
