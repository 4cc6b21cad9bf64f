import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type { CalculateShippingOptionPriceContext } from "@medusajs/framework/types"
import { deliveryPrice, type DeliveryRate } from "./price"

/**
 * Each producer ships its own parcel: its shipping options carry a flat rate
 * (`amount`) that drops to 0 when the producer's items reach `free_above`.
 * Medusa hands this provider only the cart items of the option's shipping
 * profile, and every producer has its own profile, so the threshold is per producer.
 */
export class OcopDeliveryProvider extends AbstractFulfillmentProviderService {
  static identifier = "ocop"

  async getFulfillmentOptions() {
    return [{ id: "standard" }, { id: "express" }]
  }

  async validateOption(data: Record<string, unknown>) {
    return Number.isInteger(data.amount) && (data.free_above == null || Number.isInteger(data.free_above))
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return data
  }

  async canCalculate() {
    return true
  }

  async calculatePrice(optionData: Record<string, unknown>, _data: Record<string, unknown>, context: CalculateShippingOptionPriceContext) {
    if (!Number.isInteger(optionData.amount)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Phương thức giao hàng chưa có giá.")
    }
    const items = (context.items ?? []) as { unit_price?: unknown; quantity?: unknown }[]
    const subtotal = items.reduce((sum, item) => sum + Number(item.unit_price ?? 0) * Number(item.quantity ?? 0), 0)
    // Shelf prices include VAT, and so does the delivery fee.
    return { calculated_amount: deliveryPrice(optionData as DeliveryRate, subtotal), is_calculated_price_tax_inclusive: true }
  }

  // The producer packs and hands the parcel to its carrier; nothing is sent anywhere from here.
  async createFulfillment() {
    return { data: {}, labels: [] }
  }
  async cancelFulfillment() {
    return {}
  }
  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }
}
