import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { recordCertificateExpiriesWorkflow } from "../../src/workflows/record-certificate-expiries"
import { addMonthsVn, vnDate } from "../../src/utils/vn-date"
import { EXPIRY_NOTICE_TEMPLATE } from "../../src/workflows/record-certificate-expiries/steps/send-expiry-notices"
import { producerOf, productWithRelativeCertificate, seedAndLogin, seedProducers, seedProducts } from "../helpers/seeded-store"

jest.setTimeout(180_000)

const revokedProduct = () => seedProducts.find((p) => p.certificates.at(-1)?.revoked)
const validProduct = () =>
  seedProducts.find(
    (p) =>
      p.certificates.length === 1 &&
      p.certificates[0].decision_date &&
      !p.certificates[0].revoked &&
      producerOf(p)?.status === "approved"
  )

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ store, admin } = await seedAndLogin(getContainer(), api))
    })

    const list = async (query = "") =>
      (await api.get(`/store/ocop/products?limit=100${query}`, store)).data
    const detail = async (handle: string) => (await api.get(`/store/ocop/products/${handle}`, store)).data.product
    const adminProductId = async (handle: string) => {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id`, admin)
      return data.products[0].id as string
    }

    describe("catalogue with OCOP data", () => {
      it("shows a certified product's stars, certificate, producer and origin on the current map", async () => {
        const seed = validProduct()
        const product = await detail(seed.handle)
        const cert = seed.certificates[0]
        expect(product.ocop).toMatchObject({ is_ocop: true, stars: cert.stars })
        expect(["valid", "expiring"]).toContain(product.ocop.status)
        expect(product.ocop.certificate).toMatchObject({
          decision_number: cert.decision_number,
          issuing_body: cert.issuing_body,
          producer_address: cert.producer_address,
        })
        // 36 months from the decision date, unless the decision says otherwise.
        if (!cert.expires_at && !cert.valid_from) {
          const decided = new Date(product.ocop.certificate.decision_date)
          const expires = new Date(product.ocop.certificate.expires_at)
          expect(Math.round((expires.getTime() - decided.getTime()) / 86_400_000 / 365.25 * 12)).toBe(36)
        }
        expect(product.producer.slug).toBe(seed.producer)
        expect(product.origin.province.code).toBe(producerOf(seed).province_code)
        expect(product.origin.commune.code).toBe(producerOf(seed).commune_code)

        const fromBaChe = (await list("&origin_region=ba-che")).products
        expect(fromBaChe.map((p: any) => p.handle)).toContain("tra-hoa-vang-ba-che")
        for (const listed of fromBaChe) expect(listed.origin.region).toEqual({ slug: "ba-che", name: "Ba Chẽ", kind: "region" })
        // The usual price (a fair running now may show a lower one).
        expect(product.variants[0].original_price).toBe(seed.variants[0].price)
        expect(product.thumbnail).toMatch(/\/static\/.+\.svg$/)
      })

      it("lists only products of approved producers", async () => {
        const { products, count } = await list()
        const hidden = seedProducts.filter((p) => producerOf(p).status !== "approved").map((p) => p.handle)
        expect(hidden.length).toBeGreaterThan(0)
        expect(count).toBe(seedProducts.length - hidden.length)
        expect(products.map((p: any) => p.handle)).not.toEqual(expect.arrayContaining([hidden[0]]))
        const error = await api.get(`/store/ocop/products/${hidden[0]}`, store).catch((e: any) => e.response)
        expect(error.status).toBe(404)
      })

      it("filters by stars, counting only certificates in force", async () => {
        const { products } = await list("&stars=5")
        expect(products.length).toBeGreaterThan(0)
        for (const product of products) expect(product.ocop.stars).toBe(5)
        const { products: fourAndFive } = await list("&stars=4,5")
        expect(fourAndFive.length).toBeGreaterThan(products.length)
        expect(new Set(fourAndFive.map((p: any) => p.ocop.stars))).toEqual(new Set([4, 5]))
      })

      it("finds products by an old province name, with or without diacritics, or its old code", async () => {
        const oldProvince = seedProducts
          .map((p) => producerOf(p))
          .find((producer) => producer.status === "approved" && producer.province_code === "96")
        expect(oldProvince).toBeDefined()
        for (const term of ["Bạc Liêu", "bac lieu", "bac-lieu", "95"]) {
          const { products } = await list(`&province=${encodeURIComponent(term)}`)
          expect(products.length).toBeGreaterThan(0)
          for (const product of products) expect(product.origin.province.code).toBe("96")
        }
        const { products: nowhere } = await list(`&province=${encodeURIComponent("Atlantis")}`)
        expect(nowhere).toEqual([])
      })

      it("filters by product group (including sub-groups), producer type and producer", async () => {
        const { products: food } = await list("&group=thuc-pham")
        const { products: tea } = await list("&group=tra-che")
        expect(tea.length).toBeGreaterThan(0)
        expect(food.length).toBeGreaterThan(tea.length)
        for (const product of tea) expect(product.groups.map((g: any) => g.handle)).toContain("tra-che")
        for (const product of food) expect(product.groups[0].parent.handle).toBe("thuc-pham")

        const { products: households } = await list("&producer_type=household")
        expect(households.length).toBeGreaterThan(0)
        for (const product of households) expect(product.producer.type).toBe("household")

        const producer = seedProducers.find((p) => p.status === "approved")
        const { products: own } = await list(`&producer=${producer.slug}`)
        expect(own.length).toBe(seedProducts.filter((p) => p.producer === producer.slug).length)
      })

      it("sells through a publishable key only its sales channel's products", async () => {
        const { data: channel } = await api.post("/admin/sales-channels", { name: "Kênh khác" }, admin)
        const { data: key } = await api.post("/admin/api-keys", { title: "Khác", type: "publishable" }, admin)
        await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [channel.sales_channel.id] }, admin)
        const other = { headers: { "x-publishable-api-key": key.api_key.token } }
        const { data } = await api.get("/store/ocop/products", other)
        expect(data.count).toBe(0)
        const error = await api.get(`/store/ocop/products/${validProduct().handle}`, other).catch((e: any) => e.response)
        expect(error.status).toBe(404)
      })

      it("rejects a star filter outside 3–5 in Vietnamese", async () => {
        const error = await api.get("/store/ocop/products?stars=2", store).catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/Hạng sao từ 3 đến 5/)
      })
    })

    describe("certificate states follow the clock", () => {
      it("keeps an expired product for sale without stars or the OCOP mark, also in star filters", async () => {
        const seed = productWithRelativeCertificate(-20)
        const product = await detail(seed.handle)
        expect(product.ocop).toMatchObject({ is_ocop: false, stars: null, certificate: null, status: "expired" })
        expect(product.ocop.history[0]).not.toHaveProperty("stars")
        const { products } = await list(`&stars=${seed.certificates.at(-1).stars}`)
        expect(products.map((p: any) => p.handle)).not.toContain(seed.handle)
      })

      it("filters a re-certified product by its newest certificate in force, not the older one still running", async () => {
        // Not validProduct(): other tests revoke or lapse its certificate.
        const seed = seedProducts.filter(
          (p) => p.certificates.length === 1 && p.certificates[0].decision_date && !p.certificates[0].revoked && producerOf(p)?.status === "approved"
        )[1]
        const before = await detail(seed.handle)
        expect(before.ocop.is_ocop).toBe(true)
        const oldStars = before.ocop.stars as number
        const newStars = oldStars === 5 ? 4 : oldStars + 1
        const ocop = getContainer().resolve<any>(OCOP_MODULE)
        const yesterday = new Date(Date.now() - 86_400_000)
        await ocop.createCertificates({
          product_id: await adminProductId(seed.handle),
          stars: newStars,
          decision_number: "999/QĐ-UBND",
          decision_date: yesterday,
          valid_from: yesterday,
          expires_at: addMonthsVn(yesterday, 36),
          issuing_body: "UBND tỉnh",
          issuer_level: "province",
          producer_address: "Thôn 1",
        })
        expect((await detail(seed.handle)).ocop.stars).toBe(newStars)
        const handles = async (stars: number) => (await list(`&stars=${stars}`)).products.map((p: any) => p.handle)
        expect(await handles(newStars)).toContain(seed.handle)
        expect(await handles(oldStars)).not.toContain(seed.handle)
      })

      it("shows an expiring certificate as still valid, flagged expiring", async () => {
        const seed = productWithRelativeCertificate(10)
        const product = await detail(seed.handle)
        expect(product.ocop).toMatchObject({ is_ocop: true, stars: seed.certificates.at(-1).stars, status: "expiring" })
      })

      it("takes the stars off a revoked product", async () => {
        const seed = revokedProduct()
        const product = await detail(seed.handle)
        expect(product.ocop).toMatchObject({ is_ocop: false, stars: null, status: "revoked" })
        expect(product.ocop.history[0].revocation_reason).toBe(seed.certificates.at(-1).revoked.reason)
      })

      it("never shows a lapsed certificate as valid, even before the daily job has run", async () => {
        const seed = validProduct()
        const productId = await adminProductId(seed.handle)
        const ocop = getContainer().resolve<any>(OCOP_MODULE)
        const [certificate] = await ocop.listCertificates({ product_id: productId })
        // The decision lapsed a minute ago; nothing has recorded it.
        await ocop.updateCertificates({ id: certificate.id, expires_at: new Date(Date.now() - 60_000) })
        const product = await detail(seed.handle)
        expect(product.ocop).toMatchObject({ is_ocop: false, stars: null, status: "expired" })
      })

      it("revoking through the dashboard API removes the stars at once", async () => {
        const seed = validProduct()
        const productId = await adminProductId(seed.handle)
        const { data } = await api.get(`/admin/products/${productId}/ocop`, admin)
        const current = data.current_certificate_id
        const { data: revoked } = await api.post(
          `/admin/ocop-certificates/${current}/revoke`,
          { reason: "Không duy trì chất lượng theo hồ sơ" },
          admin
        )
        expect(revoked.certificate.status).toBe("revoked")
        expect((await detail(seed.handle)).ocop.stars).toBeNull()
        const again = await api
          .post(`/admin/ocop-certificates/${current}/revoke`, { reason: "lần nữa" }, admin)
          .catch((e: any) => e.response)
        expect(again.status).toBe(400)
      })
    })

    describe("the daily expiry job", () => {
      it("tells producers 30 days ahead once, and records lapses once", async () => {
        const container = getContainer()
        const { result: first } = await recordCertificateExpiriesWorkflow(container).run({ input: {} })
        const expiringSeeds = seedProducts.filter((p) => (p.certificates.at(-1)?.relative?.expires_in_days ?? -1) > 0)
        expect(first.noticed.length).toBe(expiringSeeds.length)
        const now = new Date()
        const lapsed = seedProducts.flatMap((p) => p.certificates).filter((c: any) => {
          if (c.revoked) return false
          if (c.relative) return c.relative.expires_in_days < 0
          const expires = c.expires_at ? vnDate(c.expires_at) : addMonthsVn(vnDate(c.valid_from ?? c.decision_date), 36)
          return expires <= now
        })
        expect(lapsed.length).toBeGreaterThanOrEqual(3)
        expect(first.expired.length).toBe(lapsed.length)

        const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: EXPIRY_NOTICE_TEMPLATE })
        const emails = expiringSeeds.map((p) => producerOf(p).email)
        expect(notifications.map((n: any) => n.to).sort()).toEqual(emails.sort())
        expect((notifications[0] as any).data.subject).toMatch(/sắp hết hạn/)

        const { result: second } = await recordCertificateExpiriesWorkflow(container).run({ input: {} })
        expect(second).toEqual({ noticed: [], expired: [] })
      })
    })

    describe("bad input is refused whole", () => {
      const certificate = {
        stars: 4,
        decision_number: "999/QĐ-UBND",
        decision_date: "2026-05-01",
        issuing_body: "UBND tỉnh Quảng Ninh",
        issuer_level: "province",
        producer_address: "Thôn 1, xã Ba Chẽ, tỉnh Quảng Ninh",
      }
      const countCertificates = async () => (await getContainer().resolve<any>(OCOP_MODULE).listCertificates({})).length

      it.each([
        [{ stars: 6 }, /Hạng sao từ 3 đến 5/],
        [{ stars: 2 }, /Hạng sao từ 3 đến 5/],
        [{ expires_at: "2026-04-01" }, /Ngày hết hạn phải sau ngày ký quyết định/],
        [{ score: 95 }, /không khớp hạng 4 sao/],
        [{ issuer_level: "district" }, /Cấp huyện không còn công nhận/],
        [{ decision_date: "không phải ngày" }, /Ngày không hợp lệ/],
      ])("refuses certificate %j", async (change, message) => {
        const productId = await adminProductId(validProduct().handle)
        const before = await countCertificates()
        const error = await api
          .post(`/admin/products/${productId}/certificates`, { ...certificate, ...change }, admin)
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(message)
        expect(await countCertificates()).toBe(before)
      })

      it("refuses a second certificate with the same decision number for the same product", async () => {
        const productId = await adminProductId(validProduct().handle)
        const first = await api.post(`/admin/products/${productId}/certificates`, certificate, admin)
        expect(first.status).toBe(201)
        expect(first.data.certificate.status).toBe("valid")
        const before = await countCertificates()
        const error = await api
          .post(`/admin/products/${productId}/certificates`, certificate, admin)
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/đã có chứng nhận theo quyết định số 999\/QĐ-UBND/)
        expect(await countCertificates()).toBe(before)
      })

      it("refuses unknown province or commune codes and communes of another province", async () => {
        const producer = {
          name: "Hợp tác xã Thử Nghiệm",
          type: "cooperative",
          province_code: "22",
          commune_code: seedProducers.find((p) => p.province_code === "22").commune_code,
        }
        const count = async () => (await api.get("/admin/producers?limit=200", admin)).data.count
        const before = await count()
        for (const [change, message] of [
          [{ province_code: "99" }, /Mã tỉnh\/thành "99" không tồn tại/],
          [{ commune_code: "00000" }, /Mã xã\/phường "00000" không tồn tại/],
          [{ commune_code: seedProducers.find((p) => p.province_code !== "22").commune_code }, /không thuộc Quảng Ninh/],
        ] as const) {
          const error = await api.post("/admin/producers", { ...producer, ...change }, admin).catch((e: any) => e.response)
          expect(error.status).toBe(400)
          expect(error.data.message).toMatch(message)
        }
        expect(await count()).toBe(before)
        const created = await api.post("/admin/producers", producer, admin)
        expect(created.data.producer).toMatchObject({ status: "pending", slug: "hop-tac-xa-thu-nghiem" })
      })
    })

    describe("producers and provinces", () => {
      it("lists approved producers with their province, also by old province name", async () => {
        const { data } = await api.get("/store/producers?limit=100", store)
        expect(data.count).toBe(seedProducers.filter((p) => p.status === "approved").length)
        const { data: old } = await api.get(`/store/producers?province=${encodeURIComponent("Bạc Liêu")}`, store)
        for (const producer of old.producers) expect(producer.province.code).toBe("96")
      })

      it("shows a producer's page with its products", async () => {
        const seed = seedProducers.find((p) => p.status === "approved")
        const { data } = await api.get(`/store/producers/${seed.slug}`, store)
        expect(data.producer).toMatchObject({ name: seed.name, type: seed.type })
        expect(data.producer.province.code).toBe(seed.province_code)
        expect(data.products.length).toBe(seedProducts.filter((p) => p.producer === seed.slug).length)
        const missing = await api.get("/store/producers/khong-co", store).catch((e: any) => e.response)
        expect(missing.status).toBe(404)
      })

      it("lists the 34 provinces with their former provinces and product counts", async () => {
        const { data } = await api.get("/store/provinces", store)
        expect(data.provinces).toHaveLength(34)
        const caMau = data.provinces.find((p: any) => p.code === "96")
        expect(caMau.former_names).toContain("Bạc Liêu")
        const expected = seedProducts.filter((p) => producerOf(p).status === "approved" && producerOf(p).province_code === "96").length
        expect(caMau.product_count).toBe(expected)
      })
    })

    describe("traceability stamps", () => {
      const stampOf = async (handle: string) => {
        const productId = await adminProductId(handle)
        const { data } = await api.get(`/admin/stamp-lots?product_id=${productId}`, admin)
        return data.stamp_lots[0].stamps[0].code as string
      }
      const lotProduct = (predicate: (p: any) => boolean) =>
        seedProducts.find((p) => p.stamp_lots?.length && predicate(p))

      it("answers a genuine stamp with product, producer, certificate, lot and events, and counts scans", async () => {
        const seed = lotProduct((p) => p.certificates.length === 1 && p.certificates[0].decision_date && !p.certificates[0].revoked && producerOf(p).status === "approved")
        const code = await stampOf(seed.handle)
        const { data } = await api.get(`/store/trace/${code.toLowerCase()}`, store)
        expect(data.verdict).toBe("genuine")
        expect(data.product.title).toBe(seed.title)
        expect(data.product.ocop.stars).toBe(seed.certificates[0].stars)
        expect(data.producer.slug).toBe(seed.producer)
        expect(data.lot.lot_code).toBe(seed.stamp_lots[0].lot_code)
        expect(data.lot.events.map((e: any) => e.type)).toEqual(seed.stamp_lots[0].events.map((e: any) => e.type))
        expect(data.scans.count).toBe(1)
        const { data: again } = await api.get(`/store/trace/${code}`, store)
        expect(again.scans.count).toBe(2)
      })

      it("calls a stamp scanned far more than usual suspicious", async () => {
        const seed = lotProduct((p) => !p.certificates.at(-1).revoked && !p.certificates.at(-1).relative)
        const code = await stampOf(seed.handle)
        let verdict = ""
        for (let i = 0; i < 21; i++) verdict = (await api.get(`/store/trace/${code}`, store)).data.verdict
        expect(verdict).toBe("suspicious")
      })

      it("says so when the product's certificate was revoked or has expired", async () => {
        const revoked = lotProduct((p) => !!p.certificates.at(-1).revoked)
        expect((await api.get(`/store/trace/${await stampOf(revoked.handle)}`, store)).data.verdict).toBe("certificate_revoked")
        const expired = lotProduct((p) => (p.certificates.at(-1).relative?.expires_in_days ?? 1) < 0)
        expect((await api.get(`/store/trace/${await stampOf(expired.handle)}`, store)).data.verdict).toBe("certificate_expired")
      })

      it("answers an unknown code with a 404 that still carries a verdict", async () => {
        const error = await api.get("/store/trace/ZZZZZZZZZZZZZZZZ", store).catch((e: any) => e.response)
        expect(error.status).toBe(404)
        expect(error.data.verdict).toBe("unknown")
      })

      it("issues unguessable stamp codes for a new lot, and refuses a lot without a producer's product", async () => {
        const productId = await adminProductId(validProduct().handle)
        const { data } = await api.post(
          "/admin/stamp-lots",
          { product_id: productId, lot_code: "TEST-01", produced_at: "2026-10-01", quantity: 10, stamps: 10 },
          admin
        )
        const codes = data.stamp_lot.stamps.map((s: any) => s.code)
        expect(new Set(codes).size).toBe(10)
        for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/)
        const error = await api
          .post("/admin/stamp-lots", { product_id: productId, lot_code: "TEST-01", produced_at: "2026-10-01", quantity: 5 }, admin)
          .catch((e: any) => e.response)
        expect(error.status).toBe(400)
      })
    })
  },
})
