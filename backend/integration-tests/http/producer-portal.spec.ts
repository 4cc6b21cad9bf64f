/**
 * The marketplace: producers sign up and sell through /producer/*, province
 * officers approve and moderate through /province/*, and a cart with several
 * producers' items becomes one purchase split into one order per producer.
 * Every test starts from the seeded store (the runner restores it).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { TRACE_MODULE } from "../../src/modules/trace"
import type TraceModuleService from "../../src/modules/trace/service"
import ProducerModuleService from "../../src/modules/producer/service"
import { rebuildProductSearchIndex } from "../../src/lib/ocop-search/rebuild"
import { whenSearchIdle } from "../../src/lib/ocop-search/batch"
import accounts from "../../src/scripts/seed/data/portal-accounts.json"
import { producerOwnerEmail } from "../../src/scripts/seed/portal-accounts"
import { eventually } from "../helpers/eventually"
import { seedAndLogin, seedProducts } from "../helpers/seeded-store"
import { checkout } from "../helpers/checkout"
import { DELIVERY_RATES } from "../../src/config/delivery-rates"
import { deliveryPrice } from "../../src/modules/delivery/price"

const STANDARD = DELIVERY_RATES.find((rate) => rate.code === "standard")!

jest.setTimeout(240_000)

const THAI_NGUYEN = { province_code: "19", commune_code: "05503" }
const officerOf = (code: string) => accounts.officers.find((o) => o.province_code === code)!.email
const TEA_OWNER = producerOwnerEmail("htx-che-xom-soi-tan-cuong") // Thái Nguyên
const CERAMICS_OWNER = producerOwnerEmail("cong-ty-tnhh-gom-su-men-lam-bat-trang") // Hà Nội
const teaProduct = seedProducts.find((p) => p.producer === "htx-che-xom-soi-tan-cuong")!
const ceramicsProduct = seedProducts.find((p) => p.producer === "cong-ty-tnhh-gom-su-men-lam-bat-trang")!

let counter = 0
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${++counter}`


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ store } = await seedAndLogin(getContainer(), api))
      await whenSearchIdle()
      await rebuildProductSearchIndex(getContainer())
    })
    afterEach(async () => {
      await whenSearchIdle()
    })

    const fail = (promise: Promise<any>) => promise.then(
      (answer) => {
        throw new Error(`expected a refusal, got ${answer.status}`)
      },
      (error) => error.response
    )
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const login = async (actor: "producer" | "officer", email: string, password: string) =>
      bearer((await api.post(`/auth/${actor}/emailpass`, { email, password })).data.token)
    const producerLogin = (email: string) => login("producer", email, accounts.producerPassword)
    const officerLogin = (code: string) => login("officer", officerOf(code), accounts.officerPassword)

    const signUp = async (overrides: Record<string, any> = {}) => {
      const email = `${unique("chu")}@example.vn`
      const { data, status } = await api.post(
        "/producer/signup",
        {
          producer: {
            name: "HTX Chè Khe Cốc",
            type: "cooperative",
            ...THAI_NGUYEN,
            address: "Xóm Khe Cốc, xã Tân Cương",
            phone: "0912 345 678",
            email: "htx.khecoc@example.vn",
            contact_name: "Nguyễn Văn Cốc",
            ...overrides,
          },
          member: { name: "Nguyễn Văn Cốc", email, password: "mat-khau-manh" },
        },
        store
      )
      expect(status).toBe(201)
      return { ...data, email, auth: await login("producer", email, "mat-khau-manh") }
    }

    const newListing = (title = unique("Chè móc câu ")) => ({
      title,
      description: "Chè búp non sao tay, nước xanh, vị chát dịu.",
      variants: [
        { title: "Gói 250 g", price: 180000, stock: 30 },
        { title: "Hộp 500 g", price: 340000, stock: 3 },
      ],
    })

    const storeProduct = (handle: string) => api.get(`/store/ocop/products/${handle}`, store)
    const searchHandles = async (q: string) =>
      (await api.get(`/store/ocop/search?q=${encodeURIComponent(q)}&limit=50`, store)).data.hits.map((h: any) => h.handle)

    describe("sign-up and approval", () => {
      it("signs a producer up as pending, with its owner's login; selling waits for the province", async () => {
        // A sign-up cannot approve or trust itself.
        const { producer, member, auth } = await signUp({ status: "approved", trusted: true })
        expect(producer).toMatchObject({ status: "pending", trusted: false, province_code: "19", name: "HTX Chè Khe Cốc" })
        expect(member.role).toBe("owner")
        const { data: me } = await api.get("/producer/me", auth)
        expect(me.producer.id).toBe(producer.id)
        const refused = await fail(api.get("/producer/products", auth))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/chờ tỉnh duyệt/)
      })

      it("refuses a sign-up with bad data in Vietnamese and leaves nothing behind", async () => {
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const before = await producers.listProducers({})
        const email = `${unique("sai")}@example.vn`
        const base = { name: "Hộ Sai", type: "household", ...THAI_NGUYEN, address: "Xóm Soi 2", phone: "0912345678" }
        const badPhone = await fail(
          api.post("/producer/signup", { producer: { ...base, phone: "12345" }, member: { name: "A B", email, password: "mat-khau-manh" } }, store)
        )
        expect(badPhone.status).toBe(400)
        expect(badPhone.data.message).toMatch(/Số điện thoại/)
        // A commune of another province: caught inside the workflow, after validation.
        const wrongCommune = await fail(
          api.post(
            "/producer/signup",
            { producer: { ...base, commune_code: "06978" }, member: { name: "A B", email, password: "mat-khau-manh" } },
            store
          )
        )
        expect(wrongCommune.status).toBe(400)
        // The email of an existing member: the producer created before the clash is undone.
        const taken = await fail(
          api.post("/producer/signup", { producer: base, member: { name: "A B", email: TEA_OWNER, password: "mat-khau-manh" } }, store)
        )
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/đã/)
        expect((await producers.listProducers({})).length).toBe(before.length)
        const stranger = await fail(api.post("/auth/producer/emailpass", { email, password: "mat-khau-manh" }))
        expect(stranger.status).toBe(401)
      })

      it("lets only an officer of the producer's province approve or reject it", async () => {
        const { producer, auth } = await signUp()
        const hanoi = await officerLogin("01")
        const { data: hanoiList } = await api.get("/province/producers?status=pending", hanoi)
        expect(hanoiList.producers.map((p: any) => p.id)).not.toContain(producer.id)
        expect((await fail(api.get(`/province/producers/${producer.id}`, hanoi))).status).toBe(404)
        expect((await fail(api.post(`/province/producers/${producer.id}/approve`, {}, hanoi))).status).toBe(404)
        // A producer's login is no officer's.
        expect((await fail(api.get("/province/producers", auth))).status).toBe(401)

        const thaiNguyen = await officerLogin("19")
        const { data: pending } = await api.get("/province/producers?status=pending", thaiNguyen)
        expect(pending.producers.map((p: any) => p.id)).toContain(producer.id)
        const noReason = await fail(api.post(`/province/producers/${producer.id}/reject`, {}, thaiNguyen))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/lý do/)
        const { data: rejected } = await api.post(
          `/province/producers/${producer.id}/reject`,
          { reason: "Thiếu giấy đăng ký kinh doanh" },
          thaiNguyen
        )
        expect(rejected.producer).toMatchObject({ status: "rejected", rejection_reason: "Thiếu giấy đăng ký kinh doanh" })
        const { data: me } = await api.get("/producer/me", auth)
        expect(me.producer.rejection_reason).toBe("Thiếu giấy đăng ký kinh doanh")

        const { data: approved } = await api.post(`/province/producers/${producer.id}/approve`, {}, thaiNguyen)
        expect(approved.producer.status).toBe("approved")
        expect((await api.get("/producer/products", auth)).data.products).toEqual([])
        const twice = await fail(api.post(`/province/producers/${producer.id}/approve`, {}, thaiNguyen))
        expect(twice.status).toBe(400)
      })

      it("approves sign-ups at once in a province that switched auto-approval on", async () => {
        const officer = await officerLogin("19")
        const { data } = await api.post("/province/settings", { auto_approve_producers: true }, officer)
        expect(data.settings.auto_approve_producers).toBe(true)
        expect((await api.get("/province/me", officer)).data.settings.auto_approve_producers).toBe(true)
        const { producer } = await signUp()
        expect(producer.status).toBe("approved")
        // Another province keeps reviewing by hand.
        const { producer: elsewhere } = await signUp({ province_code: "22", commune_code: "06978" })
        expect(elsewhere.status).toBe("pending")
      })

      it("takes business papers as PDF or pictures, and refuses other files", async () => {
        const { auth } = await signUp()
        const form = new FormData()
        form.append("files", new Blob(["%PDF-1.4\n% giấy phép\n"], { type: "application/pdf" }), "giay-dang-ky.pdf")
        const { data, status } = await api.post("/producer/papers", form, auth)
        expect(status).toBe(201)
        expect(data.papers).toEqual([expect.objectContaining({ filename: "giay-dang-ky.pdf", url: expect.stringMatching(/\/static\//) })])
        const script = new FormData()
        script.append("files", new Blob(["echo hi"], { type: "application/x-sh" }), "virus.sh")
        const refused = await fail(api.post("/producer/papers", script, auth))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/không đúng loại/)
        expect((await api.get("/producer/me", auth)).data.producer.papers).toHaveLength(1)
      })

      it("limits failed logins", async () => {
        for (let i = 0; i < 10; i++) {
          expect((await fail(api.post("/auth/officer/emailpass", { email: officerOf("22"), password: "sai-mat-khau" }))).status).toBe(401)
        }
        const limited = await fail(api.post("/auth/officer/emailpass", { email: officerOf("22"), password: accounts.officerPassword }))
        expect(limited.status).toBe(429)
        expect(limited.data.message).toMatch(/quá nhiều lần/)
        // Another account is not locked out by it.
        expect((await api.post("/auth/officer/emailpass", { email: officerOf("01"), password: accounts.officerPassword })).status).toBe(200)
      })
    })

    describe("stamp look-ups", () => {
      it("refuses a flood of look-ups of one stamp, not of the others", async () => {
        const container = getContainer()
        const stamps = await container.resolve<TraceModuleService>(TRACE_MODULE).listStamps({}, { take: 2 })
        expect(stamps).toHaveLength(2)
        const [flooded, other] = stamps.map((s: any) => s.code)
        for (let i = 0; i < 30; i++) expect((await api.get(`/store/trace/${flooded}`, store)).status).toBe(200)
        const refused = await fail(api.get(`/store/trace/${flooded}`, store))
        expect(refused.status).toBe(429)
        expect(refused.data.message).toMatch(/tra cứu tem/)
        expect((await api.get(`/store/trace/${other}`, store)).status).toBe(200)
      })
    })

    describe("listings and moderation", () => {
      it("keeps a new product out of the shop and search until an officer of its province approves it", async () => {
        const auth = await producerLogin(TEA_OWNER)
        const listing = newListing()
        const { data: created } = await api.post("/producer/products", listing, auth)
        const product = created.product
        expect(product).toMatchObject({ status: "proposed", moderation: { state: "pending" } })
        expect(product.variants.map((v: any) => [v.title, v.price, v.stock])).toEqual([
          ["Gói 250 g", 180000, 30],
          ["Hộp 500 g", 340000, 3],
        ])
        expect((await fail(storeProduct(product.handle))).status).toBe(404)
        await whenSearchIdle()
        expect(await searchHandles(listing.title)).not.toContain(product.handle)

        // Another producer cannot see or change it; an officer elsewhere cannot approve it.
        const other = await producerLogin(CERAMICS_OWNER)
        expect((await fail(api.get(`/producer/products/${product.id}`, other))).status).toBe(404)
        expect((await fail(api.post(`/producer/products/${product.id}`, { title: "Của tôi" }, other))).status).toBe(404)
        const hanoi = await officerLogin("01")
        expect((await fail(api.post(`/province/products/${product.id}/approve`, {}, hanoi))).status).toBe(404)

        const officer = await officerLogin("19")
        const { data: queue } = await api.get("/province/products?state=pending", officer)
        expect(queue.products.map((p: any) => p.id)).toContain(product.id)
        await api.post(`/province/products/${product.id}/approve`, {}, officer)
        const { data: shop } = await storeProduct(product.handle)
        expect(shop.product.variants.map((v: any) => v.price)).toEqual([180000, 340000])
        expect(shop.product.producer.slug).toBe("htx-che-xom-soi-tan-cuong")
        await eventually(async () => expect(await searchHandles(listing.title)).toContain(product.handle))
        const { data: mine } = await api.get(`/producer/products/${product.id}`, auth)
        expect(mine.product.moderation.state).toBe("approved")
      })

      it("sends a product back with the officer's reason", async () => {
        const auth = await producerLogin(TEA_OWNER)
        const { data } = await api.post("/producer/products", newListing(), auth)
        const officer = await officerLogin("19")
        await api.post(`/province/products/${data.product.id}/reject`, { reason: "Ảnh chưa rõ nhãn OCOP" }, officer)
        const { data: mine } = await api.get(`/producer/products/${data.product.id}`, auth)
        expect(mine.product.moderation).toEqual({ state: "rejected", note: "Ảnh chưa rõ nhãn OCOP" })
        expect((await fail(storeProduct(data.product.handle))).status).toBe(404)
      })

      it("publishes a trusted producer's products directly", async () => {
        const officer = await officerLogin("19")
        const { data: me } = await api.get("/producer/me", await producerLogin(TEA_OWNER))
        await api.post(`/province/producers/${me.producer.id}/trust`, { trusted: true }, officer)
        const { data } = await api.post("/producer/products", newListing(), await producerLogin(TEA_OWNER))
        expect(data.product.status).toBe("published")
        expect((await storeProduct(data.product.handle)).status).toBe(200)
      })

      it("refuses a listing without a pack size or with prices that are not whole đồng", async () => {
        const auth = await producerLogin(TEA_OWNER)
        const none = await fail(api.post("/producer/products", { ...newListing(), variants: [] }, auth))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/quy cách/)
        const fraction = await fail(
          api.post("/producer/products", { ...newListing(), variants: [{ title: "Gói 1 kg", price: 1999.5, stock: 1 }] }, auth)
        )
        expect(fraction.status).toBe(400)
        expect(fraction.data.message).toMatch(/số nguyên/)
        expect((await api.get("/producer/products", auth)).data.products.length).toBe(
          seedProducts.filter((p) => p.producer === "htx-che-xom-soi-tan-cuong").length
        )
      })

      it("changes prices and stock at once, for its own variants only", async () => {
        const auth = await producerLogin(TEA_OWNER)
        const { data: list } = await api.get("/producer/products", auth)
        const seeded = list.products.find((p: any) => p.handle === teaProduct.handle)
        const variant = seeded.variants[0]
        const { data } = await api.post(
          `/producer/products/${seeded.id}`,
          { variants: [{ id: variant.id, price: 260000, stock: 2 }] },
          auth
        )
        expect(data.product.variants[0]).toMatchObject({ price: 260000, stock: 2 })
        expect(data.product.status).toBe("published")
        const { data: shop } = await storeProduct(teaProduct.handle)
        const inShop = shop.product.variants.find((v: any) => v.id === variant.id)
        expect(inShop.original_price).toBe(260000)
        // The tea is at the seeded live fair at 10 % off: the fair price follows the new price.
        expect(inShop.price).toBe(Math.round(260000 * 0.9))
        const { data: dashboard } = await api.get("/producer/dashboard", auth)
        expect(dashboard.low_stock).toEqual(expect.arrayContaining([expect.objectContaining({ product_id: seeded.id, stock: 2 })]))

        const { data: grown } = await api.post(
          `/producer/products/${seeded.id}`,
          { variants: [{ title: "Túi 1 kg", price: 1150000, stock: 12 }] },
          auth
        )
        expect(grown.product.variants.at(-1)).toMatchObject({ title: "Túi 1 kg", price: 1150000, stock: 12 })
        const { data: shopNow } = await storeProduct(teaProduct.handle)
        expect(shopNow.product.variants.map((v: any) => v.title)).toContain("Túi 1 kg")
        const twice = await fail(api.post(`/producer/products/${seeded.id}`, { variants: [{ title: "túi 1 kg", price: 1000, stock: 1 }] }, auth))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/Đã có quy cách/)

        const other = (await api.get("/producer/products", await producerLogin(CERAMICS_OWNER))).data.products[0]
        const foreign = await fail(
          api.post(`/producer/products/${seeded.id}`, { variants: [{ id: other.variants[0].id, price: 1000 }] }, auth)
        )
        expect(foreign.status).toBe(404)
      })

      it("shows a declared certificate's stars only once the province approves the claim", async () => {
        const auth = await producerLogin(TEA_OWNER)
        const { data } = await api.post("/producer/products", newListing(), auth)
        const officer = await officerLogin("19")
        await api.post(`/province/products/${data.product.id}/approve`, {}, officer)
        const claim = {
          stars: 4,
          decision_number: unique("QĐ-") + "/QĐ-UBND",
          decision_date: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
          issuing_body: "UBND tỉnh Thái Nguyên",
          issuer_level: "province",
          producer_address: "Xóm Soi, xã Tân Cương, TP Thái Nguyên",
        }
        const bad = await fail(api.post(`/producer/products/${data.product.id}/certificate-claims`, { ...claim, stars: 6 }, auth))
        expect(bad.status).toBe(400)
        const { data: claimed } = await api.post(`/producer/products/${data.product.id}/certificate-claims`, claim, auth)
        expect(claimed.claim.status).toBe("pending")
        expect((await storeProduct(data.product.handle)).data.product.ocop.is_ocop).toBe(false)

        expect((await fail(api.post(`/province/certificate-claims/${claimed.claim.id}/approve`, {}, await officerLogin("01")))).status).toBe(404)
        const { data: queue } = await api.get("/province/certificate-claims?status=pending", officer)
        expect(queue.claims.map((c: any) => c.id)).toContain(claimed.claim.id)
        const { data: approved } = await api.post(`/province/certificate-claims/${claimed.claim.id}/approve`, {}, officer)
        expect(approved.claim.status).toBe("approved")
        const { data: shop } = await storeProduct(data.product.handle)
        expect(shop.product.ocop).toMatchObject({ is_ocop: true, stars: 4 })
      })

      it("hides a suspended producer's products everywhere and brings them back on reinstatement", async () => {
        const officer = await officerLogin("01")
        const { data: me } = await api.get("/producer/me", await producerLogin(CERAMICS_OWNER))
        const noReason = await fail(api.post(`/province/producers/${me.producer.id}/suspend`, {}, officer))
        expect(noReason.status).toBe(400)
        await api.post(`/province/producers/${me.producer.id}/suspend`, { reason: "Vi phạm nhãn mác" }, officer)
        expect((await fail(storeProduct(ceramicsProduct.handle))).status).toBe(404)
        await eventually(async () => expect(await searchHandles("gốm Bát Tràng")).not.toContain(ceramicsProduct.handle))
        const { data: list } = await api.get("/store/ocop/products?limit=100&producer=cong-ty-tnhh-gom-su-men-lam-bat-trang", store)
        expect(list.count).toBe(0)
        // The suspended producer can still sign in, and is told why it cannot sell.
        const refused = await fail(api.get("/producer/products", await producerLogin(CERAMICS_OWNER)))
        expect(refused.data.message).toMatch(/Vi phạm nhãn mác/)

        await api.post(`/province/producers/${me.producer.id}/reinstate`, {}, officer)
        expect((await storeProduct(ceramicsProduct.handle)).status).toBe(200)
        await eventually(async () => expect(await searchHandles("gốm Bát Tràng")).toContain(ceramicsProduct.handle))
      })

      it("lets owners, not staff, add members", async () => {
        const owner = await producerLogin(TEA_OWNER)
        const email = `${unique("nv")}@example.vn`
        const { data } = await api.post("/producer/members", { name: "Nhân Viên Một", email, password: "mat-khau-nv1" }, owner)
        expect(data.member.role).toBe("staff")
        const staff = await login("producer", email, "mat-khau-nv1")
        expect((await api.get("/producer/products", staff)).status).toBe(200)
        const refused = await fail(api.post("/producer/members", { name: "Người Khác", email: `${unique("x")}@example.vn`, password: "mat-khau-nv2" }, staff))
        expect(refused.status).toBe(403)
        const { data: members } = await api.get("/producer/members", owner)
        expect(members.members.map((m: any) => m.email).sort()).toEqual([email, TEA_OWNER].sort())
      })
    })

    describe("a purchase split per producer", () => {
      const variantOf = async (handle: string) => {
      const { product } = (await storeProduct(handle)).data
      return { ...product.variants[0], product_id: product.id }
    }

      const cartWith = (items: { variant_id: string; quantity: number }[]) => checkout(api, store, items)

      it("makes one purchase, paid once, and one order per producer that only that producer sees", async () => {
        const tea = await variantOf(teaProduct.handle)
        const ceramics = await variantOf(ceramicsProduct.handle)
        const cartId = await cartWith([
          { variant_id: tea.id, quantity: 2 },
          { variant_id: ceramics.id, quantity: 1 },
        ])
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        // Each producer's parcel is priced on its own items: free above the threshold.
        const teaShipping = deliveryPrice(STANDARD, 2 * tea.price)
        const ceramicsShipping = deliveryPrice(STANDARD, ceramics.price)
        expect(data.order.total).toBe(2 * tea.price + ceramics.price + teaShipping + ceramicsShipping)
        expect(data.producer_orders).toHaveLength(2)
        const payments = await getContainer().resolve(Modules.PAYMENT).listPayments({})
        expect(payments.filter((p: any) => Number(p.amount) === Number(data.order.total))).toHaveLength(1)

        const teaOwner = await producerLogin(TEA_OWNER)
        const ceramicsOwner = await producerLogin(CERAMICS_OWNER)
        const { data: teaOrders } = await api.get("/producer/orders", teaOwner)
        const { data: ceramicsOrders } = await api.get("/producer/orders", ceramicsOwner)
        expect(teaOrders.orders).toHaveLength(1)
        expect(ceramicsOrders.orders).toHaveLength(1)
        const [teaOrder] = teaOrders.orders
        const [ceramicsOrder] = ceramicsOrders.orders
        expect(teaOrder.purchase_id).toBe(data.order.id)
        expect(teaOrder.items.map((i: any) => [i.product_id, i.quantity])).toEqual([[tea.product_id, 2]])
        expect(teaOrder.item_total).toBe(2 * tea.price)
        expect(ceramicsOrder.item_total).toBe(ceramics.price)
        expect(teaOrder.shipping_total).toBe(teaShipping)
        expect(ceramicsOrder.shipping_total).toBe(ceramicsShipping)
        expect(teaOrder.total + ceramicsOrder.total).toBe(Number(data.order.total))
        expect(teaOrder.shipping_address).toMatchObject({ first_name: "Nguyễn Thị Lan", phone: "0987654321" })
        expect(new Set([teaOrder.display_id, ceramicsOrder.display_id]).size).toBe(2)
        expect((await api.get("/producer/dashboard", teaOwner)).data).toMatchObject({ new_orders: 1, revenue_week: teaOrder.total })

        // Neither producer reaches the other's order.
        expect((await fail(api.get(`/producer/orders/${ceramicsOrder.id}`, teaOwner))).status).toBe(404)
        expect((await fail(api.post(`/producer/orders/${ceramicsOrder.id}/confirm`, {}, teaOwner))).status).toBe(404)

        // Each moves along on its own.
        await api.post(`/producer/orders/${teaOrder.id}/confirm`, {}, teaOwner)
        const noTracking = await fail(api.post(`/producer/orders/${teaOrder.id}/ship`, { carrier: "VNPost" }, teaOwner))
        expect(noTracking.status).toBe(400)
        expect(noTracking.data.message).toMatch(/mã vận đơn/)
        const { data: shipped } = await api.post(
          `/producer/orders/${teaOrder.id}/ship`,
          { carrier: "VNPost", tracking_number: "EB123456789VN" },
          teaOwner
        )
        expect(shipped.order).toMatchObject({ status: "shipped", carrier: "VNPost", tracking_number: "EB123456789VN" })
        const late = await fail(api.post(`/producer/orders/${teaOrder.id}/cancel`, { reason: "Hết hàng" }, teaOwner))
        expect(late.status).toBe(400)

        const { data: before } = await storeProduct(ceramicsProduct.handle)
        const { data: cancelled } = await api.post(`/producer/orders/${ceramicsOrder.id}/cancel`, { reason: "Vỡ hàng khi đóng gói" }, ceramicsOwner)
        expect(cancelled.order).toMatchObject({ status: "cancelled", cancel_reason: "Vỡ hàng khi đóng gói" })
        // Its reserved stock is free again.
        const { data: after } = await storeProduct(ceramicsProduct.handle)
        expect(after.product.variants[0].inventory_quantity).toBe(before.product.variants[0].inventory_quantity + 1)
        expect((await api.get(`/producer/orders/${teaOrder.id}`, teaOwner)).data.order.status).toBe("shipped")
      })

      it("leaves nothing half-made when splitting fails, and the same cart completes afterwards", async () => {
        const tea = await variantOf(teaProduct.handle)
        const ceramics = await variantOf(ceramicsProduct.handle)
        const cartId = await cartWith([
          { variant_id: tea.id, quantity: 1 },
          { variant_id: ceramics.id, quantity: 1 },
        ])
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const orders = getContainer().resolve(Modules.ORDER)
        const ordersBefore = (await orders.listOrders({})).length
        const spy = jest.spyOn(producers, "createProducerOrders").mockRejectedValueOnce(new Error("split failed"))
        try {
          const refused = await fail(api.post(`/store/carts/${cartId}/complete`, {}, store))
          expect(refused.status).toBeGreaterThanOrEqual(400)
        } finally {
          spy.mockRestore()
        }
        expect((await orders.listOrders({})).length).toBe(ordersBefore)
        expect(await producers.listProducerOrders({})).toEqual([])
        const { data: cart } = await api.get(`/store/carts/${cartId}`, store)
        expect(cart.cart.completed_at).toBeFalsy()
        expect(cart.cart.items).toHaveLength(2)

        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        expect(data.producer_orders).toHaveLength(2)
      })

      it("refuses a cart holding a product whose producer was suspended meanwhile", async () => {
        const ceramics = await variantOf(ceramicsProduct.handle)
        const cartId = await cartWith([{ variant_id: ceramics.id, quantity: 1 }])
        const officer = await officerLogin("01")
        const { data: me } = await api.get("/producer/me", await producerLogin(CERAMICS_OWNER))
        await api.post(`/province/producers/${me.producer.id}/suspend`, { reason: "Kiểm tra chất lượng" }, officer)
        const refused = await fail(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/không còn bán/)
      })
    })
  },
})
