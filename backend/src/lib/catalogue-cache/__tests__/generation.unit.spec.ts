import { catalogueAndStockGeneration, catalogueEventHeard, catalogueGeneration } from "../generation"

/** Which cached answers an event makes stale: search answers must outlive the stock events of every order. */
describe("catalogue and stock generations", () => {
  const moved = async (eventName: string) => {
    const before = { catalogue: await catalogueGeneration(), all: await catalogueAndStockGeneration() }
    await catalogueEventHeard(eventName)
    return { catalogue: (await catalogueGeneration()) !== before.catalogue, all: (await catalogueAndStockGeneration()) !== before.all }
  }

  it.each(["reservation-item.created", "inventory.reservation-item.deleted", "inventory-level.updated", "inventory.inventory-level.created"])(
    "a stock event (%s) stales answers showing quantities only",
    async (name) => {
      expect(await moved(name)).toEqual({ catalogue: false, all: true })
    }
  )

  it.each(["product.updated", "pricing.price.created", "product-variant.deleted", "ocop_certificate.revoked", "producer.updated"])(
    "a catalogue event (%s) stales every answer",
    async (name) => {
      expect(await moved(name)).toEqual({ catalogue: true, all: true })
    }
  )

  it.each(["order.placed", "customer.created"])("an event outside the catalogue (%s) stales nothing", async (name) => {
    expect(await moved(name)).toEqual({ catalogue: false, all: false })
  })
})
