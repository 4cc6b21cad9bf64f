import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { variantAvailability } from "../../src/lib/ocop-catalog/variant-availability"
import { readStock } from "../../src/lib/ocop-catalog/product-stock"
import { producerOf, seedAndLogin, seedProducts } from "../helpers/seeded-store"
import { eventually } from "../helpers/eventually"
import { whenSearchIdle } from "../../src/lib/ocop-search/batch"
import { catalogueGeneration, stockGeneration } from "../../src/lib/catalogue-cache/generation"
import { OcopPostgresSearchService } from "../../src/modules/search-postgres/service"

jest.setTimeout(180_000)

/**
 * Product lists and pages are answered from memory while nothing has changed
 * (src/lib/catalogue-cache): what a shopper sees must still change the moment
 * the shop changes, through the same admin requests a producer or officer makes.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ store, admin } = await seedAndLogin(getContainer(), api))
    })

    const onSale = () => seedProducts.filter((p) => producerOf(p).status === "approved")
    const detail = async (handle: string) => (await api.get(`/store/ocop/products/${handle}`, store)).data.product
    const listed = async (handle: string, query = "") => {
      const { data } = await api.get(`/store/ocop/products?limit=100${query}`, store)
      return data.products.find((p: any) => p.handle === handle)
    }
    const adminProduct = async (handle: string) => {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id,variants.id,variants.inventory_items.inventory_item_id`, admin)
      return data.products[0]
    }

    it("shows a new price on the product page and in the list as soon as it is saved", async () => {
      const seed = onSale()[3]
      // Asked twice: the second answer comes from memory.
      await detail(seed.handle)
      const before = await detail(seed.handle)
      expect(before.variants[0].original_price).toBe(seed.variants[0].price)
      await listed(seed.handle)

      const product = await adminProduct(seed.handle)
      const newPrice = seed.variants[0].price + 7_000
      await api.post(`/admin/products/${product.id}/variants/${product.variants[0].id}`, { prices: [{ currency_code: "vnd", amount: newPrice }] }, admin)

      expect((await detail(seed.handle)).variants[0].original_price).toBe(newPrice)
      expect((await listed(seed.handle)).variants[0].original_price).toBe(newPrice)
    })

    it("shows a product out of stock as soon as its stock is set to zero", async () => {
      const seed = onSale()[5]
      expect((await detail(seed.handle)).in_stock).toBe(true)
      expect((await listed(seed.handle)).in_stock).toBe(true)
      const product = await adminProduct(seed.handle)
      const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})
      for (const variant of product.variants) {
        for (const item of variant.inventory_items) {
          await api.post(`/admin/inventory-items/${item.inventory_item_id}/location-levels/${location.id}`, { stocked_quantity: 0 }, admin)
        }
      }
      const page = await detail(seed.handle)
      expect(page.in_stock).toBe(false)
      expect(page.variants.every((v: any) => v.inventory_quantity === 0)).toBe(true)
      expect((await listed(seed.handle)).in_stock).toBe(false)
    })

    it("shows stock added to a product after shoppers first saw it without any", async () => {
      // Levels created later than the first look: Medusa's own cached availability would keep saying 0.
      const seed = onSale()[9]
      const product = await adminProduct(seed.handle)
      const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})
      const items = product.variants.flatMap((v: any) => v.inventory_items.map((i: any) => i.inventory_item_id))
      await getContainer().resolve(Modules.INVENTORY).deleteInventoryLevels(
        (await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: items })).map((l: any) => l.id)
      )
      expect((await detail(seed.handle)).in_stock).toBe(false)
      for (const item of items) {
        await api.post(`/admin/inventory-items/${item}/location-levels`, { location_id: location.id, stocked_quantity: 5 }, admin)
      }
      const page = await detail(seed.handle)
      expect(page.in_stock).toBe(true)
      expect(page.variants[0].inventory_quantity).toBe(5)
      // Search follows through its index, within a second or so.
      await eventually(async () => {
        const { data } = await api.get(`/store/ocop/search?q=${encodeURIComponent(seed.title)}`, store)
        expect(data.hits.find((h: any) => h.handle === seed.handle)?.in_stock).toBe(true)
      })
    })

    it("shows stock taken by an order on the product page at once, and keeps search answers while it stays in stock", async () => {
      const seed = onSale()[11]
      const product = await adminProduct(seed.handle)
      const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})
      const searchHit = async () => {
        const { data } = await api.get(`/store/ocop/search?q=${encodeURIComponent(seed.title)}`, store)
        return data.hits.find((h: any) => h.handle === seed.handle)
      }
      await whenSearchIdle()
      const page = await detail(seed.handle)
      expect(page.variants[0].inventory_quantity).toBeGreaterThan(1)
      expect((await searchHit()).in_stock).toBe(true)
      const generations = { catalogue: await catalogueGeneration(), stock: await stockGeneration() }

      // The documents the search index is given to write, to see the reservation reach it.
      const upserts = jest.spyOn(OcopPostgresSearchService.prototype, "upsertDocuments")
      const rewritten = () => upserts.mock.calls.some(([args]) => args.documents.some((d: any) => d.id === product.id))
      try {
        // What an order does to stock: a reservation of one unit.
        const item = product.variants[0].inventory_items[0].inventory_item_id
        const { data } = await api.post(`/admin/reservations`, { inventory_item_id: item, location_id: location.id, quantity: 1 }, admin)

        expect((await detail(seed.handle)).variants[0].inventory_quantity).toBe(page.variants[0].inventory_quantity - 1)
        await eventually(async () => expect(rewritten()).toBe(true))
        await whenSearchIdle()
        // The index was given the product's document again, unchanged: search answers were kept.
        expect(await stockGeneration()).not.toBe(generations.stock)
        expect(await catalogueGeneration()).toBe(generations.catalogue)
        expect((await searchHit()).in_stock).toBe(true)
        await api.delete(`/admin/reservations/${data.reservation.id}`, admin)
      } finally {
        upserts.mockRestore()
      }
    })

    it("shows stock taken by an order in a kept list and page without computing them again", async () => {
      const seed = onSale()[13]
      const product = await adminProduct(seed.handle)
      const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})
      const before = { page: await detail(seed.handle), listed: await listed(seed.handle) }
      const quantity = before.page.variants[0].inventory_quantity
      expect(before.listed.variants[0].inventory_quantity).toBe(quantity)

      // Computing a list or page reads its product cards through Query (product-view.ts; the search
      // index reads other fields); reading quantities again does not.
      const graph = jest.spyOn(getContainer().resolve(ContainerRegistrationKeys.QUERY), "graph")
      const productReads = () =>
        graph.mock.calls.filter(([config]: any[]) => config.entity === "product" && config.fields.includes("variants.variant_rank")).length
      try {
        const item = product.variants[0].inventory_items[0].inventory_item_id
        const { data } = await api.post(`/admin/reservations`, { inventory_item_id: item, location_id: location.id, quantity: 2 }, admin)
        const reads = productReads()
        expect((await detail(seed.handle)).variants[0].inventory_quantity).toBe(quantity - 2)
        expect((await listed(seed.handle)).variants[0].inventory_quantity).toBe(quantity - 2)
        // Asked again with no change in between: the same answer, nothing read.
        expect((await listed(seed.handle)).variants[0].inventory_quantity).toBe(quantity - 2)
        expect(productReads()).toBe(reads)

        await api.delete(`/admin/reservations/${data.reservation.id}`, admin)
        expect((await detail(seed.handle)).variants[0].inventory_quantity).toBe(quantity)
        expect((await listed(seed.handle)).in_stock).toBe(true)
        expect(productReads()).toBe(reads)
      } finally {
        graph.mockRestore()
      }
    })

    it("drops a product from the list and its page the moment it is unpublished", async () => {
      const seed = onSale()[7]
      expect(await listed(seed.handle)).toBeDefined()
      const product = await adminProduct(seed.handle)
      await api.post(`/admin/products/${product.id}`, { status: "draft" }, admin)
      expect(await listed(seed.handle)).toBeUndefined()
      const error = await api.get(`/store/ocop/products/${seed.handle}`, store).catch((e: any) => e.response)
      expect(error.status).toBe(404)
    })

    it("counts stock per variant exactly as Medusa's own availability does", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id"] })
      const ids = variants.map((v: any) => v.id)
      // A reservation takes stock away from what can be sold.
      const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({}, { take: 1 })
      await container.resolve(Modules.INVENTORY).createReservationItems([
        { inventory_item_id: level.inventory_item_id, location_id: level.location_id, quantity: 2 },
      ])
      // Stock at a location the channel does not sell from does not count.
      const elsewhere = await container.resolve(Modules.STOCK_LOCATION).createStockLocations({ name: "Kho ngoài kênh bán" })
      await container.resolve(Modules.INVENTORY).createInventoryLevels([
        { inventory_item_id: level.inventory_item_id, location_id: elsewhere.id, stocked_quantity: 50 },
      ])
      const ours = await variantAvailability(query, ids, channel.id)
      const inOneStatement = await readStock(container, ids, channel.id)
      const medusa = await getVariantAvailability(query, { variant_ids: ids, sales_channel_id: channel.id })
      expect(ids.length).toBeGreaterThan(100)
      for (const id of ids) {
        expect({ id, availability: ours[id].availability }).toEqual({ id, availability: medusa[id].availability })
        expect({ id, availability: inOneStatement[id].availability }).toEqual({ id, availability: medusa[id].availability })
      }
    })
  },
})
