import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OcopDeliveryProvider } from "./ocop-delivery"

/** Fulfillment provider `ocop_delivery`: per-producer parcels with flat rates and free delivery above a threshold. */
export default ModuleProvider(Modules.FULFILLMENT, { services: [OcopDeliveryProvider] })
