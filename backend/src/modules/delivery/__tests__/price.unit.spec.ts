import { deliveryPrice } from "../price"
import { OcopDeliveryProvider } from "../ocop-delivery"

describe("delivery price", () => {
  const standard = { amount: 30000, free_above: 500000 }

  it("is the flat rate below the threshold and free from it", () => {
    expect(deliveryPrice(standard, 499999)).toBe(30000)
    expect(deliveryPrice(standard, 500000)).toBe(0)
    expect(deliveryPrice({ amount: 55000, free_above: null }, 10_000_000)).toBe(55000)
  })

  it("is computed by the provider on the producer's own items only", async () => {
    const provider = new OcopDeliveryProvider()
    const price = await provider.calculatePrice(standard, {}, {
      items: [
        { unit_price: 250000, quantity: 1 },
        { unit_price: 125000, quantity: 2 },
      ],
    } as any)
    expect(price).toEqual({ calculated_amount: 0, is_calculated_price_tax_inclusive: true })
    expect((await provider.calculatePrice(standard, {}, { items: [{ unit_price: 250000, quantity: 1 }] } as any)).calculated_amount).toBe(30000)
    await expect(provider.calculatePrice({}, {}, { items: [] } as any)).rejects.toThrow(/chưa có giá/)
  })
})
