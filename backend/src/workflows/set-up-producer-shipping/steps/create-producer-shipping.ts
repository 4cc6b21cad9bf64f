import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DELIVERY_RATES } from "../../../config/delivery-rates"
import { PRODUCER_MODULE } from "../../../modules/producer"

type Created = { profileId: string; optionIds: string[]; producerId: string } | null

/**
 * The producer's shipping profile with one calculated option per delivery
 * rate, in the shop's nationwide service zone. A producer that has one keeps it.
 */
export const createProducerShippingStep = createStep(
  "create-producer-shipping",
  async ({ producer_id }: { producer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [producer],
    } = await query.graph({ entity: "producer", fields: ["id", "name", "shipping_profile.id"], filters: { id: producer_id } })
    if (producer?.shipping_profile?.id) {
      return new StepResponse({ shipping_profile_id: producer.shipping_profile.id as string }, null as Created)
    }
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [zone] = await fulfillment.listServiceZones({ name: "Việt Nam" })
    const profile = await fulfillment.createShippingProfiles({ name: `${producer.name} · ${producer.id}`, type: "producer" })
    const options = await fulfillment.createShippingOptions(
      DELIVERY_RATES.map((rate) => ({
        name: rate.name,
        price_type: "calculated" as const,
        provider_id: "ocop_delivery",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: rate.label, description: rate.description, code: rate.code },
        data: { code: rate.code, amount: rate.amount, free_above: rate.free_above },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }))
    )
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [PRODUCER_MODULE]: { producer_id },
      [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
    })
    return new StepResponse(
      { shipping_profile_id: profile.id },
      { profileId: profile.id, optionIds: options.map((o) => o.id), producerId: producer_id } as Created
    )
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [PRODUCER_MODULE]: { producer_id: created.producerId },
      [Modules.FULFILLMENT]: { shipping_profile_id: created.profileId },
    })
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    await fulfillment.deleteShippingOptions(created.optionIds)
    await fulfillment.deleteShippingProfiles([created.profileId])
  }
)
