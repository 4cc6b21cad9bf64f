import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { toMedusaAddress, type VnAddress } from "../../lib/shopping/vn-address"

/** The shopper's email and delivery address (already checked against the map) on the cart. */
export const setCheckoutAddressWorkflow = createWorkflow(
  "set-checkout-address",
  (input: { cart_id: string; email: string; address: VnAddress }) => {
    const update = transform({ input }, ({ input }) => {
      const address = toMedusaAddress(input.address)
      return { id: input.cart_id, email: input.email.trim().toLowerCase(), shipping_address: address, billing_address: address }
    })
    updateCartWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(input.cart_id)
  }
)
