import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { isSeeded, seedStore } from "../../src/scripts/seed/store"
import { seedDemoProducts } from "../../src/scripts/seed/demo-products"
import { seedAdminUser } from "../../src/scripts/seed/admin-user"
import storeData from "../../src/scripts/seed/data/store.json"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { "x-publishable-api-key": string }

    // Seed once; the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      const store = await seedStore(container)
      await seedDemoProducts(container, store)
      await seedAdminUser(container)
      const [key] = await container
        .resolve(Modules.API_KEY)
        .listApiKeys({ title: storeData.publishableKeyTitle, type: "publishable" })
      headers = { "x-publishable-api-key": key.token }
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
        `/store/products?region_id=${regions.regions[0].id}&fields=*variants.calculated_price&limit=50`,
        { headers }
      )
      expect(data.count).toBeGreaterThanOrEqual(5)
      const tea = data.products.find((p: any) => p.handle === "che-tom-non-tan-cuong")
      expect(tea.title).toBe("Chè tôm nõn Tân Cương")
      const prices = Object.fromEntries(
        tea.variants.map((v: any) => [v.title, v.calculated_price.calculated_amount])
      )
      expect(prices).toEqual({ "Gói 200 g": 150000, "Hộp 500 g": 360000 })
      for (const product of data.products) {
        for (const variant of product.variants) {
          expect(variant.calculated_price.currency_code).toBe("vnd")
          expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
        }
      }
    })

    it("stores product text in NFC", async () => {
      const { data } = await api.get("/store/products?limit=50&fields=title,description", { headers })
      for (const product of data.products) {
        expect(product.title).toBe(product.title.normalize("NFC"))
        expect(product.description).toBe(product.description.normalize("NFC"))
      }
    })

    it("has seeded stock the storefront can read", async () => {
      const { data } = await api.get(
        "/store/products?handle=gao-st25&fields=+variants.inventory_quantity",
        { headers }
      )
      expect(data.products[0].variants[0].inventory_quantity).toBe(80)
    })

    it("offers standard and express delivery priced in VND for a cart", async () => {
      const { data: regions } = await api.get("/store/regions", { headers })
      const { data: cart } = await api.post(
        "/store/carts",
        { region_id: regions.regions[0].id },
        { headers }
      )
      const { data } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, { headers })
      const byName = Object.fromEntries(data.shipping_options.map((o: any) => [o.name, o.amount]))
      expect(byName).toEqual({ "Giao hàng tiêu chuẩn": 30000, "Giao hàng nhanh": 55000 })
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
