import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { shopPaymentProviders } from "../lib/shopping/payment-methods"

/**
 * Offers every payment provider this server has registered in the VND region:
 * Stripe appears at checkout once STRIPE_API_KEY is set, even on a store
 * seeded before. `npm start` runs it when STRIPE_API_KEY is set.
 */
export default async function syncPaymentProviders({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const wanted = await shopPaymentProviders(container)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name", "payment_providers.id"], filters: { currency_code: "vnd" } })
  for (const region of regions as any[]) {
    const current = (region.payment_providers ?? []).map((p: any) => p.id)
    const missing = wanted.filter((id) => !current.includes(id))
    if (!missing.length) continue
    await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: [...current, ...missing] } } })
    logger.info(`Region ${region.name}: now offers ${missing.join(", ")}`)
  }
}
