/**
 * Product search: GET /store/ocop/search and /store/ocop/search/suggest, on the
 * Search Module with its PostgreSQL provider (the default engine).
 *
 * What the PostgreSQL engine cannot do, and these tests do not pretend it can:
 * - Typos are corrected only in a query that finds nothing: each word the
 *   shop does not know is replaced by the closest word (at most 1 edit for
 *   words of 3–7 letters, 2 from 8) of the products sharing most words with
 *   the query, else of the whole shop, and the corrected query is searched
 *   instead (`did_you_mean`). A typo in a query that still matches something
 *   is not corrected; a word of 1–2 letters is never corrected; a prefix
 *   ("keo dua ben tr") is not completed by search (suggest does that). The
 *   provider's pg_trgm typo tolerance is not used: it compares the query with
 *   every product's whole text, seconds per search at 10,000 products.
 * - Matching is by whole words (tsvector, `unaccent` + `simple`, no stemming):
 *   no substring or compound splitting ("sapa" ≠ "sa pa" unless the index
 *   stores the run-together form, which it does for place names only).
 * - Without diacritics words collide: chè, chế and Chẽ are all "che". A query
 *   typed with diacritics is not ranked towards exact-diacritic matches.
 * - Synonyms are expanded in the documents (synonyms.json) when indexed, so a
 *   changed synonym list needs `npm run search:rebuild`; a query is never
 *   expanded.
 * - No highlighting, no ranking by popularity or sales (none is recorded),
 *   and relevance scores (ts_rank_cd) are not comparable across queries.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { addMonthsVn, vnDate } from "../../src/utils/vn-date"
import { rebuildProductSearchIndex } from "../../src/lib/ocop-search/rebuild"
import { whenSearchIdle } from "../../src/lib/ocop-search/batch"
import { inlineStorageSql, restoreRowsSql } from "../../src/modules/search-postgres/storage"
import { indexedPaths, keepIndexedInTable, storedPlan } from "../../src/modules/search-postgres/indexed-fields"
import { catalogueGeneration } from "../../src/lib/catalogue-cache/generation"
import { PRODUCT_INDEX } from "../../src/lib/ocop-search/fields"
import { STARS_FIRST } from "../../src/lib/ocop-search/sort-orders"
import { OcopPostgresSearchService } from "../../src/modules/search-postgres/service"
import { Migration20261206180000 } from "../../src/modules/search-vietnamese/migrations/Migration20261206180000"
import { producerOf, productWithRelativeCertificate, seedAndLogin, seedProducers, seedProducts } from "../helpers/seeded-store"
import relevance from "./search-relevance.json"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240_000)

type Row = { query: string; expect_first: string[]; top?: number; did_you_mean?: boolean; why: string }

const visible = seedProducts.filter((p) => producerOf(p).status === "approved")
const revokedProduct = () => seedProducts.find((p) => p.certificates.at(-1)?.revoked && producerOf(p).status === "approved")
const inForceToday = (c: any) => {
  if (c.revoked || c.relative) return false
  const expires = c.expires_at ? vnDate(c.expires_at) : addMonthsVn(vnDate(c.valid_from ?? c.decision_date), 36)
  return expires.getTime() > Date.now() + 7 * 86_400_000
}
/** A product whose only certificate, of these stars, is in force. */
const certifiedProduct = (stars: number) =>
  seedProducts.find(
    (p) =>
      p.certificates.length === 1 &&
      p.certificates[0].stars === stars &&
      inForceToday(p.certificates[0]) &&
      producerOf(p).status === "approved"
  )


const sum = (list: { count: number }[]) => list.reduce((total, entry) => total + entry.count, 0)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ store, admin } = await seedAndLogin(getContainer(), api))
      // The seed's events are applied in the background; build the index once they are done.
      await whenSearchIdle()
      await rebuildProductSearchIndex(getContainer())
    })

    // Leave no event half-applied when the runner restores the database for the next test.
    afterEach(async () => {
      await whenSearchIdle()
    })

    const search = async (params: Record<string, string | number> = {}) =>
      (await api.get(`/store/ocop/search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`, store)).data
    const handles = (answer: any) => answer.hits.map((h: any) => h.handle) as string[]
    const adminProductId = async (handle: string) => {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id`, admin)
      return data.products[0].id as string
    }

    describe("relevance", () => {
      it.each((relevance.rows as Row[]).map((row) => [row.query, row] as const))("%s", async (_query, row) => {
        const answer = await search({ q: row.query, limit: 10 })
        const top = handles(answer).slice(0, row.top ?? 1)
        for (const handle of row.expect_first) expect({ why: row.why, top }).toEqual({ why: row.why, top: expect.arrayContaining([handle]) })
        if (row.did_you_mean) expect(answer.did_you_mean).toEqual(expect.any(String))
        else expect(answer.did_you_mean).toBeUndefined()
      })

      it("has at least 25 queries, all of them about seeded products", () => {
        expect(relevance.rows.length).toBeGreaterThanOrEqual(25)
        const known = new Set(visible.map((p) => p.handle))
        for (const row of relevance.rows) for (const handle of row.expect_first) expect(known).toContain(handle)
      })
    })

    describe("answers", () => {
      it("answers hits with price in đồng, producer, province on today's map, region, stars and groups", async () => {
        const answer = await search({ q: "nuoc mam phu quoc" })
        const seed = seedProducts.find((p) => p.handle === "nuoc-mam-phu-quoc")
        const prices = seed.variants.map((v: any) => v.price)
        expect(answer).toMatchObject({ count: 1, limit: 24, offset: 0, q: "nuoc mam phu quoc", sort: "relevance" })
        expect(answer.hits[0]).toEqual({
          id: expect.stringMatching(/^prod_/),
          handle: "nuoc-mam-phu-quoc",
          title: seed.title,
          subtitle: seed.subtitle,
          thumbnail: expect.stringMatching(/\.svg$/),
          price: { min: Math.min(...prices), max: Math.max(...prices), currency_code: "vnd" },
          in_stock: true,
          producer: { slug: seed.producer, name: producerOf(seed).name, type: producerOf(seed).type },
          province: { code: "91", name: "An Giang", slug: "an-giang" },
          region: { slug: "phu-quoc", name: "Phú Quốc" },
          stars: 5,
          groups: [
            { handle: "gia-vi", name: "Gia vị" },
            { handle: "thuc-pham", name: "Thực phẩm" },
          ],
          // Not at a live fair.
          fair: null,
        })
        expect(answer.suggestions).toBeUndefined()
      })

      it("browses every product a shopper may see when the query is empty, newest first", async () => {
        const answer = await search({ limit: 100 })
        expect(answer.count).toBe(visible.length)
        expect(answer.sort).toBe("newest")
        const hidden = seedProducts.filter((p) => producerOf(p).status !== "approved").map((p) => p.handle)
        expect(hidden.length).toBeGreaterThan(0)
        for (const handle of hidden) expect(handles(answer)).not.toContain(handle)
      })

      it("counts facets that add up to the result", async () => {
        for (const q of ["", "tra", "nuoc mam"]) {
          const { count, facets } = await search({ q })
          expect(count).toBeGreaterThan(0)
          expect(sum(facets.stars)).toBe(count)
          expect(sum(facets.province)).toBe(count)
          expect(sum(facets.group)).toBe(count)
          expect(sum(facets.producer_type)).toBe(count)
          expect(sum(facets.price)).toBe(count)
        }
        const { facets } = await search()
        expect(facets.stars.map((s: any) => s.value)).toEqual([5, 4, 3, null])
        expect(facets.group.map((g: any) => g.handle)).toContain("thuc-pham")
        expect(facets.price[0]).toMatchObject({ from: 0, to: 100_000 })
        expect(facets.price.at(-1)).toMatchObject({ from: 1_000_000, to: null })
        expect(facets.province.find((p: any) => p.code === "96")).toMatchObject({ name: "Cà Mau", slug: "ca-mau" })
      })

      it("counts each facet with the other filters but not its own", async () => {
        const all = await search()
        const five = await search({ stars: 5, limit: 100 })
        expect(five.count).toBe(all.facets.stars.find((s: any) => s.value === 5).count)
        // Other star values stay visible while 5★ is chosen …
        expect(five.facets.stars).toEqual(all.facets.stars)
        // … and the other facets describe the 5★ products only.
        expect(sum(five.facets.province)).toBe(five.count)
        expect(sum(five.facets.group)).toBe(five.count)
        const inGroup = await search({ stars: 5, group: "tra-che" })
        expect(inGroup.count).toBe(five.hits.filter((h: any) => h.groups.some((g: any) => g.handle === "tra-che")).length)
      })

      it("filters by stars, old or current province, group, producer type and price", async () => {
        const five = await search({ stars: 5, limit: 100 })
        expect(five.count).toBeGreaterThan(0)
        for (const hit of five.hits) expect(hit.stars).toBe(5)
        const fourFive = await search({ stars: "4,5", limit: 100 })
        expect(new Set(fourFive.hits.map((h: any) => h.stars))).toEqual(new Set([4, 5]))

        for (const province of ["Bạc Liêu", "bac lieu", "bac-lieu", "Cà Mau", "96"]) {
          const answer = await search({ province, limit: 100 })
          expect(answer.count).toBe(visible.filter((p) => producerOf(p).province_code === "96").length)
          for (const hit of answer.hits) expect(hit.province.code).toBe("96")
        }
        expect((await search({ province: "Atlantis" })).count).toBe(0)

        const tea = await search({ group: "tra-che", limit: 100 })
        const food = await search({ group: "thuc-pham", limit: 100 })
        expect(tea.count).toBeGreaterThan(0)
        expect(food.count).toBeGreaterThan(tea.count)
        for (const hit of tea.hits) expect(hit.groups.map((g: any) => g.handle)).toContain("tra-che")

        const households = await search({ producer_type: "household", limit: 100 })
        expect(households.count).toBeGreaterThan(0)
        for (const hit of households.hits) expect(hit.producer.type).toBe("household")

        const midPrice = await search({ price_min: 100_000, price_max: 300_000, limit: 100 })
        expect(midPrice.count).toBeGreaterThan(0)
        for (const hit of midPrice.hits) expect(hit.price.min).toBeGreaterThanOrEqual(100_000)
        for (const hit of midPrice.hits) expect(hit.price.min).toBeLessThanOrEqual(300_000)
        const all = await search()
        expect(midPrice.count).toBe(all.facets.price.find((b: any) => b.from === 100_000).count)
      })

      it("sorts by price, newest and stars", async () => {
        const ascending = (await search({ sort: "price_asc", limit: 100 })).hits.map((h: any) => h.price.min)
        expect(ascending.length).toBe(visible.length)
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
        const descending = (await search({ sort: "price_desc", limit: 100 })).hits.map((h: any) => h.price.min)
        expect(descending).toEqual([...descending].sort((a, b) => b - a))

        const byStars = (await search({ sort: "stars", limit: 100 })).hits.map((h: any) => h.stars ?? 0)
        expect(byStars.length).toBe(visible.length)
        expect(byStars).toEqual([...byStars].sort((a, b) => b - a))

        const tea = await search({ q: "tra", sort: "price_asc", limit: 100 })
        expect(tea.count).toBeGreaterThan(1)
        const teaPrices = tea.hits.map((h: any) => h.price.min)
        expect(teaPrices).toEqual([...teaPrices].sort((a, b) => a - b))
      })

      it("pages without repeating or skipping", async () => {
        const whole = handles(await search({ limit: 30 }))
        const first = handles(await search({ limit: 10, offset: 0 }))
        const second = handles(await search({ limit: 10, offset: 10 }))
        const third = handles(await search({ limit: 10, offset: 20 }))
        expect([...first, ...second, ...third]).toEqual(whole)
        expect(new Set(whole).size).toBe(30)
        const starsPage = handles(await search({ sort: "stars", limit: 10, offset: 70 }))
        const starsWhole = handles(await search({ sort: "stars", limit: 100 }))
        expect(starsPage).toEqual(starsWhole.slice(70, 80))
      })

      it("suggests queries and popular products when nothing matches", async () => {
        const nothing = await search({ q: "xyzxyz" })
        expect(nothing).toMatchObject({ count: 0, hits: [] })
        expect(nothing.suggestions.queries).toEqual([])
        expect(nothing.suggestions.popular.length).toBeGreaterThan(0)
        for (const hit of nothing.suggestions.popular) expect([4, 5]).toContain(hit.stars)
        expect(nothing.suggestions.popular[0]).toMatchObject({ handle: expect.any(String), price: { currency_code: "vnd" } })

        const near = await search({ q: "tra hoa vang gia re" })
        expect(near.count).toBe(0)
        expect(near.suggestions.queries).toContain("Trà hoa vàng Ba Chẽ")

        // Words the shop knows, in a province that has none: nothing to correct; the products they name are suggested.
        const filteredOut = await search({ q: "tra hoa vang", province: "Cà Mau" })
        expect(filteredOut.count).toBe(0)
        expect(filteredOut.did_you_mean).toBeUndefined()
        expect(filteredOut.suggestions.queries).toContain("Trà hoa vàng Ba Chẽ")
        expect(filteredOut.suggestions.popular.length).toBeGreaterThan(0)
      })

      it("corrects a misspelled word no product shares, from the words of the whole shop", async () => {
        const answer = await search({ q: "kẹoo" })
        expect(answer.did_you_mean).toBe("kẹo")
        // "keo" is also the honey products' "keo ong": the sweets are among the hits, not alone.
        expect(handles(answer)).toContain("keo-dua-ben-tre")
      })

      it("sells through a publishable key only its sales channel's products", async () => {
        const { data: channel } = await api.post("/admin/sales-channels", { name: "Kênh khác" }, admin)
        const { data: key } = await api.post("/admin/api-keys", { title: "Khác", type: "publishable" }, admin)
        await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [channel.sales_channel.id] }, admin)
        const other = { headers: { "x-publishable-api-key": key.api_key.token } }
        const { data } = await api.get("/store/ocop/search?q=tra", other)
        expect(data.count).toBe(0)
        const { data: suggest } = await api.get("/store/ocop/search/suggest?q=tra", other)
        expect(suggest.products).toEqual([])

        // Put one product in that channel: the search of that key finds it within seconds.
        const productId = await adminProductId("tra-hoa-vang-ba-che")
        await api.post(`/admin/sales-channels/${channel.sales_channel.id}/products`, { add: [productId] }, admin)
        await eventually(async () => {
          const { data: after } = await api.get("/store/ocop/search?q=tra", other)
          expect(after.hits.map((h: any) => h.handle)).toEqual(["tra-hoa-vang-ba-che"])
        })
      })

      it("refuses bad parameters in Vietnamese", async () => {
        for (const [query, message] of [
          ["stars=2", /Hạng sao từ 3 đến 5/],
          ["price_min=abc", /Giá từ phải là một số tiền/],
          ["price_min=1000.5", /Giá từ phải là số nguyên đồng/],
          ["price_min=500000&price_max=100000", /Giá từ phải nhỏ hơn hoặc bằng giá đến/],
          ["sort=cheapest", /Cách sắp xếp phải là một trong/],
          ["limit=0", /Số kết quả mỗi trang từ 1 đến 100/],
          ["limit=101", /Số kết quả mỗi trang từ 1 đến 100/],
          ["producer_type=farmer", /producer_type/],
        ] as const) {
          const error = await api.get(`/store/ocop/search?${query}`, store).catch((e: any) => e.response)
          expect(error.status).toBe(400)
          expect(error.data.message).toMatch(message)
        }
      })
    })

    describe("certificates follow the clock", () => {
      it("shows an expired or revoked product without stars and leaves it out of star filters", async () => {
        for (const seed of [productWithRelativeCertificate(-20), revokedProduct()]) {
          const { hits } = await search({ q: seed.title })
          expect(hits.find((h: any) => h.handle === seed.handle)).toMatchObject({ stars: null })
          const starred = await search({ stars: seed.certificates.at(-1).stars, limit: 100 })
          expect(handles(starred)).not.toContain(seed.handle)
        }
      })

      it("drops the stars of a certificate the moment it lapses, with no event and no reindex", async () => {
        const seed = certifiedProduct(5)
        const productId = await adminProductId(seed.handle)
        const ocop = getContainer().resolve<any>(OCOP_MODULE)
        const [certificate] = await ocop.listCertificates({ product_id: productId })
        // The decision runs out in a few seconds; the index learns its end date once, now.
        const lapse = Date.now() + 4_000
        await ocop.updateCertificates({ id: certificate.id, expires_at: new Date(lapse) })
        await rebuildProductSearchIndex(getContainer(), { productIds: [productId] })
        const before = await search()
        const found = async () => (await search({ q: seed.title })).hits.find((h: any) => h.handle === seed.handle)
        expect(await found()).toMatchObject({ stars: 5 })
        expect(handles(await search({ stars: 5, limit: 100 }))).toContain(seed.handle)

        // Nothing happens but the clock.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, lapse - Date.now()) + 500))
        expect(await found()).toMatchObject({ stars: null })
        expect(handles(await search({ stars: 5, limit: 100 }))).not.toContain(seed.handle)
        const after = await search()
        const count = (answer: any, value: number | null) => answer.facets.stars.find((s: any) => s.value === value)?.count ?? 0
        expect(count(after, 5)).toBe(count(before, 5) - 1)
        expect(count(after, null)).toBe(count(before, null) + 1)
        const byStars = handles(await search({ sort: "stars", limit: 100 }))
        expect(byStars.indexOf(seed.handle)).toBeGreaterThanOrEqual(count(after, 5) + count(after, 4) + count(after, 3))
      })

      it("takes the stars off within seconds when a certificate is revoked through the dashboard", async () => {
        const seed = certifiedProduct(4)
        const productId = await adminProductId(seed.handle)
        const { data } = await api.get(`/admin/products/${productId}/ocop`, admin)
        expect((await search({ stars: 4, limit: 100 })).hits.map((h: any) => h.handle)).toContain(seed.handle)
        await api.post(`/admin/ocop-certificates/${data.current_certificate_id}/revoke`, { reason: "Không duy trì chất lượng" }, admin)
        await eventually(async () => {
          const { hits } = await search({ q: seed.title })
          expect(hits.find((h: any) => h.handle === seed.handle)).toMatchObject({ stars: null })
        })
        expect(handles(await search({ stars: 4, limit: 100 }))).not.toContain(seed.handle)
      })
    })

    describe("the index follows the catalogue through events", () => {
      it("finds a renamed product by its new title within seconds", async () => {
        const productId = await adminProductId("keo-dua-ben-tre")
        const titles = async () => (await search({ q: "keo dua sap" })).hits.map((h: any) => h.title)
        expect(await titles()).not.toContain("Kẹo dừa sáp Bến Tre")
        await api.post(`/admin/products/${productId}`, { title: "Kẹo dừa sáp Bến Tre" }, admin)
        await eventually(async () => {
          const answer = await search({ q: "keo dua sap" })
          expect(answer.did_you_mean).toBeUndefined()
          expect(answer.hits.map((h: any) => [h.handle, h.title])).toEqual([["keo-dua-ben-tre", "Kẹo dừa sáp Bến Tre"]])
        })
      })

      it("names a renamed product group at once in facets and suggestions (group names are kept between searches)", async () => {
        const groupName = async () => (await search()).facets.group.find((g: any) => g.handle === "thuc-pham")?.name
        expect(await groupName()).toBe("Thực phẩm")
        const { data } = await api.get("/admin/product-categories?handle=thuc-pham&fields=id,name", admin)
        const group = data.product_categories[0]
        await api.post(`/admin/product-categories/${group.id}`, { name: "Thực phẩm đặc sản" }, admin)
        try {
          expect(await groupName()).toBe("Thực phẩm đặc sản")
          const { data: suggested } = await api.get(`/store/ocop/search/suggest?q=${encodeURIComponent("thuc pham dac")}`, store)
          expect(suggested.groups).toContainEqual({ handle: "thuc-pham", name: "Thực phẩm đặc sản" })
        } finally {
          await api.post(`/admin/product-categories/${group.id}`, { name: group.name }, admin)
        }
      })

      it("removes the products of a suspended producer, and brings them back when reinstated", async () => {
        const producer = seedProducers.find((p) => p.slug === producerOf(seedProducts.find((s) => s.handle === "muoi-bac-lieu")).slug)
        const { data } = await api.get(`/admin/producers?limit=200`, admin)
        const id = data.producers.find((p: any) => p.slug === producer.slug).id
        const own = visible.filter((p) => p.producer === producer.slug).map((p) => p.handle)

        await api.post(`/admin/producers/${id}`, { status: "suspended", suspension_reason: "Kiểm tra chất lượng" }, admin)
        await eventually(async () => {
          expect(handles(await search({ q: "muoi bac lieu" }))).not.toContain("muoi-bac-lieu")
        })
        expect(handles(await search({ limit: 100 }))).toEqual(expect.not.arrayContaining(own))

        await api.post(`/admin/producers/${id}`, { status: "approved" }, admin)
        await eventually(async () => {
          expect(handles(await search({ q: "muoi bac lieu" }))[0]).toBe("muoi-bac-lieu")
        })
      })

      it("never shows products of producers that are not approved", async () => {
        const suspended = seedProducts.find((p) => producerOf(p).status === "suspended")
        const pending = seedProducts.find((p) => producerOf(p).status === "pending")
        for (const seed of [suspended, pending]) {
          expect(handles(await search({ q: seed.title, limit: 100 }))).not.toContain(seed.handle)
          const { data } = await api.get(`/store/ocop/search/suggest?q=${encodeURIComponent(seed.title)}`, store)
          expect(data.products.map((p: any) => p.handle)).not.toContain(seed.handle)
        }
      })

      it("follows a product to its new producer, price and stock", async () => {
        const productId = await adminProductId("toi-ly-son")
        const other = (await api.get(`/admin/producers?limit=200`, admin)).data.producers.find(
          (p: any) => p.slug === "htx-muoi-long-dien-dong"
        )
        await api.post(`/admin/products/${productId}/producer`, { producer_id: other.id }, admin)
        await eventually(async () => {
          const { hits } = await search({ q: "toi long dien dong" })
          expect(hits[0]).toMatchObject({ handle: "toi-ly-son", producer: { slug: "htx-muoi-long-dien-dong" } })
        })

        const { data } = await api.get(
          `/admin/products/${productId}?fields=variants.id,variants.inventory_items.inventory_item_id`,
          admin
        )
        const [variant] = data.product.variants
        await api.post(`/admin/products/${productId}/variants/${variant.id}`, { prices: [{ currency_code: "vnd", amount: 12_000 }] }, admin)
        await eventually(async () => {
          expect((await search({ q: "toi ly son" })).hits[0].price.min).toBe(12_000)
        })

        const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})
        for (const v of data.product.variants) {
          for (const item of v.inventory_items) {
            await api.post(`/admin/inventory-items/${item.inventory_item_id}/location-levels/${location.id}`, { stocked_quantity: 0 }, admin)
          }
        }
        await eventually(async () => {
          expect((await search({ q: "toi ly son" })).hits[0].in_stock).toBe(false)
        })
      })

      it("rebuilds the whole index on command, catching changes no event reported", async () => {
        const container = getContainer()
        const productId = await adminProductId("cam-vinh")
        // Straight through the product module: no workflow, so no event for the index.
        await container.resolve(Modules.PRODUCT).updateProducts(productId, { title: "Cam Vinh Xã Đoài" })
        await whenSearchIdle()
        const titles = async () => (await search({ q: "cam vinh xa doai" })).hits.map((h: any) => h.title)
        expect(await titles()).not.toContain("Cam Vinh Xã Đoài")
        await rebuildProductSearchIndex(container)
        expect(await titles()).toEqual(["Cam Vinh Xã Đoài"])
        expect((await search()).count).toBe(visible.length)
      })
    })

    describe("storage", () => {
      // Filters, facets and sorts read `indexed` per row and per expression: compressed or out of line,
      // PostgreSQL unpacks it every time (0.5–1 s per search at 10,000 products; backend/bench).
      const layout = (pg: any, table: string) =>
        pg.raw(`SELECT attname, attstorage FROM pg_attribute WHERE attrelid = ?::regclass AND attname IN ('indexed', 'search_vector') ORDER BY attname`, [table])

      it("keeps each product's filter fields and words inline and uncompressed in the index table", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: tables } = await pg.raw(`SELECT table_name FROM search_postgres_index`)
        expect(tables.length).toBeGreaterThan(0)
        for (const { table_name } of tables) {
          expect((await layout(pg, table_name)).rows).toEqual([
            { attname: "indexed", attstorage: "m" },
            { attname: "search_vector", attstorage: "m" },
          ])
          const { rows } = await pg.raw(`SELECT count(*)::int AS n FROM "${table_name}" WHERE pg_column_compression("indexed") IS NOT NULL`)
          expect(rows[0].n).toBe(0)
        }
      })

      it("moves a table written under the old layout to the new one, values included", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: [{ table_name }] } = await pg.raw(`SELECT table_name FROM search_postgres_index LIMIT 1`)
        const scratch = "search_pg_storage_scratch"
        await pg.raw(`DROP TABLE IF EXISTS ${scratch}`)
        // LIKE without INCLUDING STORAGE: the provider's table as Medusa creates it.
        await pg.raw(`CREATE TABLE ${scratch} (LIKE "${table_name}" INCLUDING DEFAULTS)`)
        // Over 2 kB, so stored compressed under Medusa's layout; under 4 kB, so stored as is under ours.
        const description = "Mật ong hoa nhãn Hưng Yên, thu hoạch đầu mùa. ".repeat(50)
        await pg.raw(`INSERT INTO ${scratch} (id, document, indexed, search_vector) VALUES ('p1', '{}', ?::jsonb, to_tsvector('simple', 'mật ong'))`, [
          JSON.stringify({ stars: 4, description }),
        ])
        const compressed = async () =>
          (await pg.raw(`SELECT pg_column_compression("indexed") AS c, "indexed"->>'stars' AS stars FROM ${scratch}`)).rows[0]
        expect((await compressed()).c).not.toBeNull()

        for (const sql of [...inlineStorageSql(scratch), restoreRowsSql(scratch)]) await pg.raw(sql)
        expect((await layout(pg, scratch)).rows.map((r: any) => r.attstorage)).toEqual(["m", "m"])
        expect(await compressed()).toEqual({ c: null, stars: "4" })
        await pg.raw(`DROP TABLE ${scratch}`)
      })
    })

    describe("what the index keeps", () => {
      const FILTER_SORT_FACET_FIELDS = [
        "created_at", "group_handles", "handle", "id", "in_stock", "ocop_valid_until", "price_max", "price_min",
        "producer", "province", "region", "sales_channel_ids", "stars",
      ]
      // The index in use: a rebuild leaves the table it replaced in the catalog, and the active one is the last written.
      const catalogRow = async (pg: any) =>
        (await pg.raw(`SELECT table_name, plan FROM search_postgres_index ORDER BY updated_at DESC LIMIT 1`)).rows[0]

      it("keeps in `indexed` only the fields filters, sorts and facets read; texts stay in the words and the document", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { table_name } = await catalogRow(pg)
        const { rows: keys } = await pg.raw(`SELECT DISTINCT jsonb_object_keys("indexed") AS key FROM "${table_name}" ORDER BY 1`)
        expect(keys.map((k: any) => k.key)).toEqual(expect.arrayContaining(["id", "price_min", "province", "sales_channel_ids", "stars"]))
        for (const { key } of keys) expect(FILTER_SORT_FACET_FIELDS).toContain(key)
        const { rows: producers } = await pg.raw(`SELECT DISTINCT jsonb_object_keys("indexed"->'producer') AS key FROM "${table_name}" ORDER BY 1`)
        expect(producers.map((k: any) => k.key)).toEqual(["slug", "type"])
        // The texts left out of `indexed` are still searched and shown.
        const [hit] = (await search({ q: "tra hoa vang" })).hits
        expect(hit.title).toMatch(/Trà hoa vàng/)
        expect(hit.producer.name).toBeTruthy()
      })

      it("slims `indexed` of rows written before (the upgrade migration), leaving filters answering the same", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { table_name, plan } = await catalogRow(pg)
        const scratch = "search_pg_indexed_scratch"
        await pg.raw(`DROP TABLE IF EXISTS ${scratch}`)
        await pg.raw(`CREATE TABLE ${scratch} (LIKE "${table_name}" INCLUDING DEFAULTS INCLUDING INDEXES)`)
        // Rows as Medusa's provider writes them, every field of the document in `indexed`, texts included:
        // each product 15 times, so the rewrite runs over more than one batch.
        await pg.raw(
          `INSERT INTO ${scratch} (id, document, indexed, search_vector, search_text)
             SELECT id || '-' || g, document, "indexed", search_vector, search_text FROM "${table_name}", generate_series(1, 15) g;
           UPDATE ${scratch} SET "indexed" = "indexed" || jsonb_build_object('description', 'Mô tả dài', 'title', document->'title')
             || jsonb_build_object('producer', ("indexed"->'producer') || jsonb_build_object('name', document->'producer'->'name'))`
        )
        const rows = (await pg.raw(`SELECT count(*)::int AS n FROM ${scratch}`)).rows[0].n
        expect(rows).toBeGreaterThan(500)
        const fat = async () =>
          (await pg.raw(`SELECT count(*)::int AS n FROM ${scratch} WHERE "indexed"->'description' IS NOT NULL OR "indexed"->'producer'->'name' IS NOT NULL`)).rows[0].n
        expect(await fat()).toBe(rows)
        const execute = async (sql: string, params?: unknown[]) => (await pg.raw(sql, (params ?? []) as any[])).rows
        expect(await keepIndexedInTable(execute, scratch, indexedPaths(storedPlan(plan)))).toBe(rows)
        expect(await fat()).toBe(0)
        // Each row now as the provider writes it today.
        const { rows: differing } = await pg.raw(
          `SELECT count(*)::int AS n FROM ${scratch} s JOIN "${table_name}" t ON s.id LIKE t.id || '-%' WHERE s."indexed" <> t."indexed"`
        )
        expect(differing[0].n).toBe(0)
        // Nothing left to do a second time.
        expect(await keepIndexedInTable(execute, scratch, indexedPaths(storedPlan(plan)))).toBe(0)
        await pg.raw(`DROP TABLE ${scratch}`)
      })

      it("leaves a document written again unchanged alone, so cached search answers outlive an order's stock events", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const searchModule = getContainer().resolve(Modules.SEARCH)
        const { table_name } = await catalogRow(pg)
        const [hit] = (await search({ q: "tra hoa vang" })).hits
        const row = async () => (await pg.raw(`SELECT document, xmin::text AS version FROM "${table_name}" WHERE id = ?`, [hit.id])).rows[0]
        const before = await row()
        const generation = await catalogueGeneration()

        await searchModule.upsertDocuments({ index: PRODUCT_INDEX, documents: [before.document] })
        expect((await row()).version).toBe(before.version)
        expect(await catalogueGeneration()).toBe(generation)

        // A real change is written and drops cached answers: shoppers see it at once.
        await searchModule.upsertDocuments({ index: PRODUCT_INDEX, documents: [{ ...before.document, in_stock: !hit.in_stock }] })
        expect((await row()).version).not.toBe(before.version)
        expect(await catalogueGeneration()).not.toBe(generation)
        expect((await search({ q: "tra hoa vang" })).hits.find((h: any) => h.id === hit.id).in_stock).toBe(!hit.in_stock)
        await searchModule.upsertDocuments({ index: PRODUCT_INDEX, documents: [before.document] })
        expect((await search({ q: "tra hoa vang" })).hits.find((h: any) => h.id === hit.id).in_stock).toBe(hit.in_stock)
      })

      it("keeps products sorted for popular products, in the expressions Medusa's provider sorts by", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { table_name, plan } = await catalogRow(pg)
        const { rows } = await pg.raw(`SELECT indexname FROM pg_indexes WHERE tablename = ? AND indexname LIKE '%\\_sort\\_%' ORDER BY 1`, [table_name])
        expect(rows.map((r: any) => r.indexname)).toEqual([`${table_name}_sort_stars_d_created_at_d_id_d`])
        // Popular products' statement as the provider writes it: PostgreSQL can walk an index instead of sorting.
        const orderBy = (OcopPostgresSearchService.prototype as any).resolveOrderBy.call(
          {},
          { index: { name: PRODUCT_INDEX }, pagination: { order: STARS_FIRST } },
          storedPlan(plan),
          false
        )
        const explained = await pg.transaction(async (trx: any) => {
          await trx.raw(`SET LOCAL enable_sort = off`)
          await trx.raw(`SET LOCAL enable_seqscan = off`)
          return (await trx.raw(`EXPLAIN SELECT "id" FROM "${table_name}" WHERE "indexed" @> '{"stars": 5}' ORDER BY ${orderBy} LIMIT 5`)).rows
        })
        expect(explained.map((r: any) => r["QUERY PLAN"]).join("\n")).toContain(`Index Scan using ${table_name}_sort_stars_d_created_at_d_id_d`)
        // And the shopper sees the same popular products first as before: 5★ then 4★, newest first.
        const { suggestions } = await search({ q: "khongcosanphamnay" })
        const stars = suggestions.popular.map((p: any) => p.stars)
        expect(stars.length).toBeGreaterThan(0)
        expect([...stars].sort((a: number, b: number) => b - a)).toEqual(stars)
      })

      it("gives a table written before the sort indexes them (the upgrade migration)", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { table_name } = await catalogRow(pg)
        const sortIndexes = async () =>
          (await pg.raw(`SELECT indexname FROM pg_indexes WHERE tablename = ? AND indexname LIKE '%\\_sort\\_%' ORDER BY 1`, [table_name])).rows.map((r: any) => r.indexname)
        const before = await sortIndexes()
        for (const name of before) await pg.raw(`DROP INDEX "${name}"`)
        // The migration as MikroORM runs it: reads through execute, schedules its statements with addSql.
        const migration = Object.create(Migration20261206180000.prototype)
        const scheduled: string[] = []
        migration.execute = async (sql: string, params?: unknown[]) => (await pg.raw(sql, (params ?? []) as any[])).rows
        migration.addSql = (sql: string) => scheduled.push(sql)
        await migration.up()
        for (const sql of scheduled) await pg.raw(sql)
        expect(before.length).toBe(1)
        expect(await sortIndexes()).toEqual(before)
      })

      it("refuses to search chosen fields only, whose texts `indexed` no longer keeps", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        await expect(
          query.search({ entity: "product", fields: ["id"], filters: { q: "tra" }, search_options: { attributes_to_search_on: ["title"] } })
        ).rejects.toThrow(/attributes_to_search_on is not supported/)
      })
    })

    describe("one pass per batch", () => {
      // Queries of one batch for the same words (hits, counts, facets under other filters) are answered by
      // our provider in one statement; a query alone goes Medusa's way, a statement per hits, count and facet.
      it("answers a batch exactly as Medusa's provider answers each of its queries alone", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"] })
        const facets = [
          { field: "province.code", type: "value" as const, limit: 100 },
          { field: "group_handles", type: "value" as const, limit: 200 },
          { field: "producer.type", type: "value" as const, limit: 10 },
          { field: "stars", type: "value" as const, limit: 2 },
          { field: "price_min", type: "range" as const, ranges: [{ key: "cheap", from: 0, to: 100_000 }, { key: "rest", from: 100_000 }] },
        ]
        const channel = { sales_channel_ids: channels.map((c: any) => c.id) }
        const now = Date.now()
        const cases = [
          { words: {}, filters: channel },
          { words: { q: "mat ong" }, filters: channel },
          { words: { q: "tra" }, filters: { stars: [4, 5], price_min: { $gte: 50_000 } } },
          { words: { q: "khong co san pham nao nhu the nay" }, filters: channel },
        ]
        // A document without groups (a product no group was chosen for), straight into the index.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows: [{ table_name }] } = await pg.raw(`SELECT table_name FROM search_postgres_index LIMIT 1`)
        await pg.raw(
          `INSERT INTO "${table_name}" (id, document, indexed, search_vector, search_text)
           SELECT id || '-no-group', document, indexed - 'group_handles', search_vector, search_text FROM "${table_name}"
           WHERE search_vector @@ plainto_tsquery('medusa_search_vietnamese', 'mat ong') LIMIT 1`
        )
        for (const { words, filters } of cases) {
          const batch: SearchTypes.SearchQuery[] = [
            { fields: ["id", "title", "price_min"], filters: { ...words, ...filters }, pagination: { take: 3, order: { _score: "DESC" as const, stars: "DESC" as const, id: "DESC" as const } }, search_options: { count: "none" as const } },
            { fields: ["id"], filters: { ...words, ...filters }, pagination: { take: 0 }, search_options: { count: "exact" as const, facets } },
            { fields: ["id", "handle"], filters: { ...words, ...filters, ocop_valid_until: { $gt: now } }, pagination: { skip: 1, take: 4, order: { price_min: "ASC" as const } }, search_options: { count: "exact" as const } },
            { fields: ["id"], filters: { ...words, ...filters, $or: [{ ocop_valid_until: { $lte: now } }, { ocop_valid_until: { $exists: false } }] }, pagination: { take: 5 }, search_options: { count: "exact" as const, facets: ["stars"] } },
          ].map((q) => ({ entity: "product", ...q }) as SearchTypes.SearchQuery)
          const together = await query.search(batch)
          const alone = await Promise.all(batch.map((q) => query.search(q)))
          const answers = (results: any[]) =>
            results.map((r) => ({ ...r.search_result, metadata: { ...r.search_result.metadata, processing_time_ms: 0 } }))
          expect(answers(together)).toEqual(answers(alone))
          expect(together.map((r) => r.data)).toEqual(alone.map((r) => r.data))
        }
        // The comparison is not between two empty answers.
        const [withHits] = await query.search([{ entity: "product", fields: ["id"], filters: { q: "mat ong" }, pagination: { take: 2 } }, { entity: "product", fields: ["id"], filters: { q: "mat ong" }, pagination: { take: 0 }, search_options: { count: "exact", facets } }])
        expect(withHits.data.length).toBe(2)
        await pg.raw(`DELETE FROM "${table_name}" WHERE id LIKE '%-no-group'`)
        const everything = await query.search({ entity: "product", fields: ["id"], pagination: { take: 0 }, search_options: { count: "exact", facets } })
        expect(everything.search_result.metadata.count).toBe(visible.length)
        expect((everything.search_result.facets!["province.code"] as any).values.length).toBeGreaterThan(3)
      })
    })

    describe("suggest", () => {
      it("suggests products as the shopper types, and provinces by old names", async () => {
        const { data } = await api.get(`/store/ocop/search/suggest?q=${encodeURIComponent("bac l")}`, store)
        expect(data.products[0]).toEqual({
          handle: "muoi-bac-lieu",
          title: "Muối Bạc Liêu",
          thumbnail: expect.stringMatching(/\.svg$/),
          price: { min: 25_000, max: 45_000, currency_code: "vnd" },
          stars: 5,
        })
        expect(data.products.length).toBeLessThanOrEqual(6)
        expect(data.provinces).toContainEqual({ slug: "ca-mau", name: "Cà Mau", former_name: "Bạc Liêu" })
      })

      it("puts whole-word matches before prefixes and suggests groups", async () => {
        const { data } = await api.get("/store/ocop/search/suggest?q=tra", store)
        expect(data.products.length).toBe(6)
        expect(data.products.map((p: any) => p.handle)).toContain("tra-hoa-vang-ba-che")
        expect(data.groups).toContainEqual({ handle: "tra-che", name: "Chè, trà" })
        const { data: empty } = await api.get("/store/ocop/search/suggest?q=", store)
        expect(empty).toMatchObject({ products: [], provinces: [], groups: [] })
      })

      it("suggests products for a misspelled word, corrected against the shop's words", async () => {
        const { data } = await api.get(`/store/ocop/search/suggest?q=${encodeURIComponent("keoo")}`, store)
        expect(data.products.map((p: any) => p.handle)).toContain("keo-dua-ben-tre")
      })
    })
  },
})
