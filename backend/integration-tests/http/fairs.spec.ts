/**
 * Online trade fairs: provinces run them, producers apply for booths, fair
 * prices (a Medusa price list) apply in the cart only while the fair is live
 * on the server's clock, and results count visits, orders and revenue.
 * The clock is moved relative to a fair by moving the fair's window.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import accounts from "../../src/scripts/seed/data/portal-accounts.json"
import { producerOwnerEmail } from "../../src/scripts/seed/portal-accounts"
import { seedAndLogin } from "../helpers/seeded-store"
import { newCart, prepareCheckout } from "../helpers/checkout"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240_000)

const HOUR = 3600_000
const CERAMICS_OWNER = producerOwnerEmail("cong-ty-tnhh-gom-su-men-lam-bat-trang") // Hà Nội
const TEA_OWNER = producerOwnerEmail("htx-che-xom-soi-tan-cuong") // Thái Nguyên
const CERAMICS_HANDLE = "bo-am-chen-men-ran-bat-trang"
const officerOf = (code: string) => accounts.officers.find((o) => o.province_code === code)!.email

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    beforeAll(async () => {
      ;({ store } = await seedAndLogin(getContainer(), api))
    })

    const fail = (promise: Promise<any>) =>
      promise.then(
        (answer) => {
          throw new Error(`expected a refusal, got ${answer.status}`)
        },
        (error) => error.response
      )
    const login = async (actor: "producer" | "officer", email: string, password: string) => ({
      headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email, password })).data.token}` },
    })
    const officer = (code: string) => login("officer", officerOf(code), accounts.officerPassword)
    const owner = (email: string) => login("producer", email, accounts.producerPassword)
    const product = async (handle: string) => (await api.get(`/store/ocop/products/${handle}`, store)).data.product
    const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

    /** A Hà Nội fair with the ceramics tea set at 10 % off on booth 7, starting in an hour. */
    async function ceramicsFair() {
      const hanoi = await officer("01")
      const { data: created } = await api.post(
        "/province/fairs",
        { name: "Hội chợ Gốm Bát Tràng", kind: "hoi_cho", starts_at: iso(HOUR), ends_at: iso(5 * HOUR), status: "published" },
        hanoi
      )
      const ceramics = await owner(CERAMICS_OWNER)
      const set = await product(CERAMICS_HANDLE)
      const { data: applied } = await api.post(`/producer/fairs/${created.fair.id}/booth`, { products: [{ product_id: set.id, discount_percent: 10 }] }, ceramics)
      await api.post(`/province/fairs/${created.fair.id}/booths/${applied.booth.id}/approve`, { number: 7 }, hanoi)
      const moveTo = (startOffset: number, endOffset: number) =>
        api.post(`/province/fairs/${created.fair.id}`, { starts_at: iso(startOffset), ends_at: iso(endOffset) }, hanoi)
      return { fair: created.fair, booth: applied.booth, hanoi, ceramics, set, regular: set.variants[0].price as number, moveTo }
    }

    it("lists the seeded fairs by phase and shows a live fair's products at fair price", async () => {
      const { data } = await api.get("/store/fairs", store)
      expect(data.live.map((f: any) => f.name)).toContain("Tuần lễ Chè và Đặc sản Thái Nguyên")
      expect(data.upcoming.map((f: any) => f.phase)).toEqual(data.upcoming.map(() => "upcoming"))
      expect(data.past.length).toBeGreaterThanOrEqual(1)
      const live = data.live.find((f: any) => f.organiser?.province_code === "19")
      expect(new Date(live.starts_at).getTime()).toBeLessThanOrEqual(Date.parse(live.now))
      expect(new Date(live.ends_at).getTime()).toBeGreaterThan(Date.parse(live.now))

      const { data: page } = await api.get(`/store/fairs/${live.slug}`, store)
      expect(page.booths.map((b: any) => b.number)).toEqual([1, 2])
      expect(page.fair.sessions.length).toBeGreaterThan(0)
      const tea = page.products.find((p: any) => p.handle === "che-tom-non-tan-cuong")
      expect(tea.featured).toBe(true)
      expect(tea.fair_price).toBe(Math.round(tea.regular_price * 0.9))
      expect(page.products[0].featured).toBe(true)
      const fixed = page.products.find((p: any) => p.handle === "che-dinh-tan-cuong")
      expect(fixed.fair_price).toBe(299000)
      // Filters by group and stars.
      const { data: none } = await api.get(`/store/fairs/${live.slug}?stars=3`, store)
      expect(none.products.every((p: any) => p.ocop.stars === 3)).toBe(true)
      expect(page.facets.groups.length).toBeGreaterThan(0)

      // The upcoming fair shows its products at the usual price.
      const upcoming = data.upcoming[0]
      const { data: later } = await api.get(`/store/fairs/${upcoming.slug}`, store)
      expect(later.products.length).toBeGreaterThan(0)
      expect(later.products.every((p: any) => p.fair_price === null)).toBe(true)
      // Search shows the badge and the fair price while live.
      const { data: hits } = await api.get(`/store/ocop/search?q=${encodeURIComponent("chè tôm nõn")}`, store)
      const hit = hits.hits.find((h: any) => h.handle === "che-tom-non-tan-cuong")
      expect(hit.fair).toMatchObject({ slug: live.slug, fair_price: tea.fair_price, regular_price: tea.regular_price })
      expect(hits.hits.find((h: any) => h.handle !== "che-tom-non-tan-cuong" && h.fair === undefined)).toBeUndefined()
      expect((await fail(api.get("/store/fairs/khong-co-hoi-cho-nay", store))).status).toBe(404)
    })

    it("charges the fair price only while the fair is live, on the server's clock", async () => {
      const { set, regular, moveTo } = await ceramicsFair()
      const fairPrice = Math.round(regular * 0.9)
      // Before the start: the usual price.
      const cartId = await newCart(api, store, [{ variant_id: set.variants[0].id, quantity: 1 }])
      let { data } = await api.get(`/store/ocop/carts/${cartId}`, store)
      expect(data.cart.groups[0].items[0].unit_price).toBe(regular)
      // The start passes: the same cart now charges the fair price.
      await moveTo(-60_000, 4 * HOUR)
      ;({ data } = await api.get(`/store/ocop/carts/${cartId}`, store))
      expect(data.cart.groups[0].items[0].unit_price).toBe(fairPrice)
      // The end passes before the order is placed: back to the usual price, and the stale order is refused.
      await prepareCheckout(api, store, cartId)
      await moveTo(-2 * HOUR, -60_000)
      const refused = await fail(api.post(`/store/carts/${cartId}/complete`, {}, store))
      expect(refused.data.message).toMatch(/Giá đã thay đổi/)
      ;({ data } = await api.get(`/store/ocop/carts/${cartId}`, store))
      expect(data.cart.groups[0].items[0].unit_price).toBe(regular)
      const fresh = await newCart(api, store, [{ variant_id: set.variants[0].id, quantity: 1 }])
      expect((await api.get(`/store/ocop/carts/${fresh}`, store)).data.cart.item_total).toBe(regular)
    })

    it("badges a search hit with its fair and fair price only while the fair is live", async () => {
      const { fair, set, regular, moveTo } = await ceramicsFair()
      const badge = async () => {
        const { data } = await api.get(`/store/ocop/search?q=${encodeURIComponent(set.title)}`, store)
        return data.hits.find((h: any) => h.handle === CERAMICS_HANDLE).fair
      }
      expect(await badge()).toBeNull()
      await moveTo(-60_000, 4 * HOUR)
      expect(await badge()).toMatchObject({ slug: fair.slug, fair_price: Math.round(regular * 0.9), regular_price: regular })
      await moveTo(-2 * HOUR, -60_000)
      expect(await badge()).toBeNull()
    })

    it("keeps a percentage discount when the producer changes its price during the fair", async () => {
      const { set, ceramics, moveTo } = await ceramicsFair()
      await moveTo(-60_000, 4 * HOUR)
      await api.post(`/producer/products/${set.id}`, { variants: [{ id: set.variants[0].id, price: 700000 }] }, ceramics)
      const variant = (await product(CERAMICS_HANDLE)).variants[0]
      expect(variant).toMatchObject({ original_price: 700000, price: 630000 })
    })

    it("counts visits, orders and revenue day by day, for the province and for the booth's producer", async () => {
      const { fair, booth, hanoi, ceramics, set, regular, moveTo } = await ceramicsFair()
      await moveTo(-60_000, 4 * HOUR)
      for (const visitor of ["visitor-aaaaaaaa", "visitor-aaaaaaaa", "visitor-bbbbbbbb"]) {
        await api.post(`/store/fairs/${fair.slug}/visits`, { visitor }, store)
      }
      await api.post(`/store/fairs/${fair.slug}/visits`, { visitor: "visitor-bbbbbbbb", booth_id: booth.id }, store)
      const cartId = await newCart(api, store, [{ variant_id: set.variants[0].id, quantity: 2 }])
      await prepareCheckout(api, store, cartId)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(placed.type).toBe("order")
      const revenue = 2 * Math.round(regular * 0.9)

      let results: any
      await eventually(async () => {
        results = (await api.get(`/province/fairs/${fair.id}/results`, hanoi)).data
        expect(results.totals).toEqual({ views: 4, unique_visitors: 2, orders: 1, revenue })
      })
      expect(results.days.at(-1)).toMatchObject({ views: 4, unique_visitors: 2, orders: 1, revenue })
      expect(results.top_booths[0]).toMatchObject({ number: 7, orders: 1, revenue })
      expect(results.top_products[0]).toMatchObject({ product_id: set.id, quantity: 2, revenue })
      const csv = await api.get(`/province/fairs/${fair.id}/results.csv`, { ...hanoi, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const text = Buffer.from(csv.data).toString("utf8")
      // A byte-order mark first, so spreadsheet programs read the Vietnamese as UTF-8.
      expect(text.startsWith("\uFEFFNgày,Lượt xem")).toBe(true)
      expect(text).toContain(`Tổng,4,2,1,${revenue}`)

      // The producer sees its own booth: one booth view, the same sale.
      const own = (await api.get(`/producer/fairs/${fair.id}/results`, ceramics)).data
      expect(own.totals).toEqual({ views: 1, unique_visitors: 1, orders: 1, revenue })
      // A producer without a booth there, and another province's officer, see nothing.
      expect((await fail(api.get(`/producer/fairs/${fair.id}/results`, await owner(TEA_OWNER)))).status).toBe(404)
      expect((await fail(api.get(`/province/fairs/${fair.id}/results`, await officer("19")))).status).toBe(404)
    })

    it("takes booth applications with certified products only and lets only the organiser decide", async () => {
      const hanoi = await officer("01")
      const { data: created } = await api.post(
        "/province/fairs",
        { name: "Chợ phiên Làng nghề", kind: "cho_phien", starts_at: iso(24 * HOUR), ends_at: iso(48 * HOUR), status: "published" },
        hanoi
      )
      const fairId = created.fair.id
      const bad = await fail(api.post("/province/fairs", { name: "Sai giờ", starts_at: iso(5 * HOUR), ends_at: iso(HOUR) }, hanoi))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/kết thúc sau khi bắt đầu/)

      const ceramics = await owner(CERAMICS_OWNER)
      const set = await product(CERAMICS_HANDLE)
      const tea = await product("che-tom-non-tan-cuong")
      const notMine = await fail(api.post(`/producer/fairs/${fairId}/booth`, { products: [{ product_id: tea.id, discount_percent: 5 }] }, ceramics))
      expect(notMine.status).toBe(404)
      const tooDear = await fail(api.post(`/producer/fairs/${fairId}/booth`, { products: [{ product_id: set.id, fair_price: 99_000_000 }] }, ceramics))
      expect(tooDear.data.message).toMatch(/thấp hơn giá thường/)
      const both = await fail(api.post(`/producer/fairs/${fairId}/booth`, { products: [{ product_id: set.id, fair_price: 1000, discount_percent: 5 }] }, ceramics))
      expect(both.status).toBe(400)

      const { data: applied } = await api.post(`/producer/fairs/${fairId}/booth`, { note: "Gian gốm men rạn", products: [{ product_id: set.id, discount_percent: 15 }] }, ceramics)
      expect(applied.booth).toMatchObject({ status: "pending", number: null })
      const { data: listed } = await api.get("/producer/fairs", ceramics)
      expect(listed.fairs.find((f: any) => f.id === fairId).booth.status).toBe("pending")

      // Another province's officer does not see the fair at all.
      const thaiNguyen = await officer("19")
      expect((await fail(api.get(`/province/fairs/${fairId}`, thaiNguyen))).status).toBe(404)
      expect((await fail(api.post(`/province/fairs/${fairId}/booths/${applied.booth.id}/approve`, {}, thaiNguyen))).status).toBe(404)

      const noReason = await fail(api.post(`/province/fairs/${fairId}/booths/${applied.booth.id}/reject`, {}, hanoi))
      expect(noReason.data.message).toMatch(/lý do/)
      const { data: approved } = await api.post(`/province/fairs/${fairId}/booths/${applied.booth.id}/approve`, {}, hanoi)
      expect(approved.booth).toMatchObject({ status: "approved", number: 1 })
      const { data: featured } = await api.post(`/province/fairs/${fairId}/booths/${applied.booth.id}/featured`, { product_ids: [set.id] }, hanoi)
      expect(featured.booth.products[0]).toMatchObject({ featured: true, discount_percent: 15, regular_price: set.variants[0].price })
      const { data: page } = await api.get(`/province/fairs/${fairId}`, hanoi)
      expect(page.booths[0].producer.name).toMatch(/Bát Tràng/)

      // Draft fairs are not in the shop.
      await api.post(`/province/fairs/${fairId}`, { status: "draft" }, hanoi)
      expect((await fail(api.get(`/store/fairs/${created.fair.slug}`, store))).status).toBe(404)
      const { data: again } = await api.post(
        `/province/fairs/${fairId}`,
        { status: "published", sessions: [{ title: "Livestream gốm", kind: "livestream", starts_at: iso(30 * HOUR) }] },
        hanoi
      )
      expect(again.fair.sessions.map((s: any) => s.title)).toEqual(["Livestream gốm"])
      expect((await api.get(`/store/fairs/${created.fair.slug}`, store)).data.booths).toHaveLength(1)
    })
  },
})
