import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PURCHASE_PLACED } from "../workflows/complete-purchase"
import { recordFairSalesWorkflow } from "../workflows/record-fair-sales"

/** An order placed during a fair counts towards its booths' results. */
export default async function recordFairSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordFairSalesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PURCHASE_PLACED }
