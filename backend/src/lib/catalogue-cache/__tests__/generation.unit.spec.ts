import { catalogueEventHeard, catalogueGeneration, stockGeneration } from "../generation"

/** What an event makes stale: kept answers must outlive the stock events of every order, only their quantities are read again. */
describe("catalogue and stock generations", () => {
  const moved = async (eventName: string) => {
    const before = { catalogue: await catalogueGeneration(), stock: await stockGeneration() }
    await catalogueEventHeard(eventName)
    return { catalogue: (await catalogueGeneration()) !== before.catalogue, stock: (await stockGeneration()) !== before.stock }
  }

  it.each(["reservation-item.created", "inventory.reservation-item.deleted", "inventory-level.updated", "inventory.inventory-level.created"])(
    "a stock event (%s) stales quantities only",
    async (name) => {
      expect(await moved(name)).toEqual({ catalogue: false, stock: true })
    }
  )

  it.each(["product.updated", "pricing.price.created", "product-variant.deleted", "ocop_certificate.revoked", "producer.updated"])(
    "a catalogue event (%s) stales every answer",
    async (name) => {
      expect(await moved(name)).toEqual({ catalogue: true, stock: false })
    }
  )

  it.each(["order.placed", "customer.created"])("an event outside the catalogue (%s) stales nothing", async (name) => {
    expect(await moved(name)).toEqual({ catalogue: false, stock: false })
  })
})
