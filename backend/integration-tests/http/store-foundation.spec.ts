import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { isSeeded } from "../../src/scripts/seed/store"
import storeData from "../../src/scripts/seed/data/store.json"
import { seedAndLogin, seedProducts } from "../helpers/seeded-store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { "x-publishable-api-key": string }

    // Seed once; the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      headers = (await seedAndLogin(getContainer(), api)).store.headers as typeof headers
    })

    it("reports healthy", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("refuses store requests without the publishable key", async () => {
      const error = await api.get("/store/products").catch((e: any) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/publishable api key/i)
    })

    it("sells in the Việt Nam region in VND", async () => {
      const { data } = await api.get("/store/regions", { headers })
      expect(data.regions).toHaveLength(1)
      expect(data.regions[0]).toMatchObject({ name: "Việt Nam", currency_code: "vnd" })
      expect(data.regions[0].countries.map((c: any) => c.iso_2)).toEqual(["vn"])
    })

    it("lists the published demo products with whole-đồng prices", async () => {
      const { data: regions } = await api.get("/store/regions", { headers })
      const { data } = await api.get(
        `/store/products?region_id=${regions.regions[0].id}&fields=*variants.calculated_price&limit=200`,
        { headers }
      )
      expect(data.count).toBe(seedProducts.length)
      const seed = seedProducts.find((p) => p.variants.length > 1)
      const product = data.products.find((p: any) => p.handle === seed.handle)
      expect(product.title).toBe(seed.title)
      const prices = Object.fromEntries(
        // The usual price: a fair running now may lower the calculated one.
        product.variants.map((v: any) => [v.title, v.calculated_price.original_amount])
      )
      expect(prices).toEqual(Object.fromEntries(seed.variants.map((v: any) => [v.title, v.price])))
      for (const p of data.products) {
        for (const variant of p.variants) {
          expect(variant.calculated_price.currency_code).toBe("vnd")
          expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
        }
      }
    })

    it("stores product text in NFC", async () => {
      const { data } = await api.get("/store/products?limit=200&fields=title,description", { headers })
      for (const product of data.products) {
        expect(product.title).toBe(product.title.normalize("NFC"))
        expect(product.description).toBe(product.description.normalize("NFC"))
      }
    })

    it("has seeded stock the storefront can read", async () => {
      const seed = seedProducts.find((p) => p.variants[0].stock > 0)
      const { data } = await api.get(
        `/store/products?handle=${seed.handle}&fields=+variants.inventory_quantity,variants.sku`,
        { headers }
      )
      const variant = data.products[0].variants.find((v: any) => v.sku === seed.variants[0].sku)
      expect(variant.inventory_quantity).toBe(seed.variants[0].stock)
    })

    it("offers standard and express delivery priced in VND for a cart, and cash or transfer to pay", async () => {
      const { data: regions } = await api.get("/store/regions", { headers })
      const { data: cart } = await api.post("/store/carts", { region_id: regions.regions[0].id }, { headers })
      // A product below the free-delivery threshold.
      const seed = seedProducts.find((p) => p.variants[0].stock > 0 && p.variants[0].price < 300000)
      const { data: found } = await api.get(`/store/products?handle=${seed.handle}&fields=variants.id`, { headers })
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: found.products[0].variants[0].id, quantity: 1 }, { headers })
      const { data } = await api.get(`/store/ocop/carts/${cart.cart.id}/shipping-options`, { headers })
      expect(data.groups).toHaveLength(1)
      const byName = Object.fromEntries(data.groups[0].options.map((o: any) => [o.name, o.amount]))
      expect(byName).toEqual({ "Giao hàng tiêu chuẩn": 30000, "Giao hàng nhanh": 55000 })
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${regions.regions[0].id}`, { headers })
      expect(providers.payment_providers.map((p: any) => p.id)).toEqual(expect.arrayContaining(["pp_cod_offline", "pp_bank_transfer_offline"]))
    })

    it("lets the printed admin login into the dashboard API", async () => {
      const { data: auth } = await api.post("/auth/user/emailpass", {
        email: storeData.admin.email,
        password: storeData.admin.password,
      })
      const { data } = await api.get("/admin/users/me", {
        headers: { authorization: `Bearer ${auth.token}` },
      })
      expect(data.user.email).toBe(storeData.admin.email)
    })

    it("knows it is seeded, so a second start does not seed again", async () => {
      expect(await isSeeded(getContainer())).toBe(true)
    })
  },
})
