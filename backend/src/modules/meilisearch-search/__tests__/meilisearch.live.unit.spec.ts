import type { SearchTypes } from "@medusajs/framework/types"
import { MeilisearchSearchService } from "../service"
import { productDefinition, productFields, searchInput, vietnameseProducts } from "./fixtures"

/**
 * Runs the provider against a real Meilisearch (≥ 1.15) when MEILISEARCH_HOST
 * is set, e.g.
 *   docker run -p 7700:7700 -e MEILI_MASTER_KEY=dev-master-key-0123456789 getmeili/meilisearch:v1.20
 *   MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=dev-master-key-0123456789 \
 *     OCOP_TEST_ONLY="backend unit" node scripts/test.mjs
 * Everything it creates lives under a unique index prefix and is deleted afterwards.
 */
const host = process.env.MEILISEARCH_HOST?.trim()
const apiKey = process.env.MEILISEARCH_API_KEY?.trim() || undefined
const describeLive = host ? describe : describe.skip

if (!host) {
  console.warn("Meilisearch live tests skipped: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY) to run them against a real server")
}

// Producer names facetable too, to filter on a name with quotes in it.
const fields: Record<string, SearchTypes.SearchFieldDefinition> = {
  ...productFields,
  producer: {
    ...productFields.producer,
    fields: { ...productFields.producer.fields!, name: { type: "text", searchable: { weight: 1.5 }, facetable: true } },
  },
}
const definition = productDefinition({ fields, definition_hash: "live-1", physical_name: "product_v1" })

describeLive("Meilisearch provider against a real server", () => {
  jest.setTimeout(120_000)

  const prefix = `cho_ocop_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}_`
  let service: MeilisearchSearchService

  const settle = async (task: SearchTypes.SearchTask) => {
    const settled = await service.waitForTask(task, { timeout_ms: 60_000 })
    expect(settled).toMatchObject({ status: "succeeded" })
  }

  const search = (q: string | undefined, searchOptions: SearchTypes.SearchOptions = {}, extra: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
    service.search(searchInput({ q, index: definition, attributes_to_retrieve: ["id", "title"], search_options: searchOptions, ...extra }))
  const ids = (result: SearchTypes.SearchResult) => result.hits.map((hit) => hit.id)

  beforeAll(async () => {
    service = new MeilisearchSearchService(
      {},
      { host: host!, apiKey, indexPrefix: prefix, synonyms: [["cà phê", "cafe", "coffee"]], maxTotalHits: 1_000, taskIntervalMs: 50 }
    )
    await expect(service.upsertIndex({ index: definition })).resolves.toEqual({ index: "product_v1", status: "succeeded" })
    await settle(await service.upsertDocuments({ index: "product_v1", definition, documents: vietnameseProducts as any }))
  })

  afterAll(async () => {
    if (!service) return
    const task = await service.deleteIndex({ index: "product_v1" })
    await service.waitForTask(task, { timeout_ms: 60_000 })
  })

  it("lists the index with its documents", async () => {
    const ours = (await service.listIndexes()).find((index) => index.name === "product_v1")
    expect(ours).toMatchObject({ provider: "meilisearch", document_count: 4 })
  })

  it("finds Vietnamese text typed without diacritics", async () => {
    const result = await search("tra hoa vang")
    expect(ids(result)).toEqual(["prod_tra_hoa_vang"])
    expect(result.hits[0].document).toEqual({ id: "prod_tra_hoa_vang", title: "Trà hoa vàng Ba Chẽ" })
  })

  it("reads đ as d", async () => {
    expect(ids(await search("dac san quang ninh"))).toEqual(["prod_tra_hoa_vang"])
    expect(ids(await search("dak lak"))).toEqual(["prod_ca_phe"])
  })

  it("tolerates a typo in a longer word", async () => {
    expect(ids(await search("buon ma thuat"))).toEqual(["prod_ca_phe"])
  })

  it("finds a product by a synonym", async () => {
    expect(ids(await search("coffee"))).toEqual(["prod_ca_phe"])
  })

  it('reads the last word as a prefix only for match_strategy "last"', async () => {
    expect(ids(await search("nuoc ma", { match_strategy: "last" }))).toEqual(["prod_nuoc_mam"])
    expect(ids(await search("nuoc ma", { match_strategy: "all" }))).toEqual([])
  })

  it("filters on quoted values with spaces, dashes and quotes", async () => {
    expect(ids(await search(undefined, {}, { filters: { "province.name": "Bà Rịa - Vũng Tàu" } }))).toEqual(["prod_banh_trang"])
    expect(ids(await search(undefined, {}, { filters: { "producer.name": 'HTX "Hoa Vàng" Ba Chẽ' } }))).toEqual(["prod_tra_hoa_vang"])
  })

  it("filters with nested $and/$or, array membership and ranges, sorted", async () => {
    const result = await search(
      undefined,
      {},
      {
        filters: {
          sales_channel_ids: ["sc_main"],
          price_min: { $gte: 40000, $lt: 400000 },
          $or: [{ "province.code": "79" }, { $and: [{ group_handles: "do-uong" }, { in_stock: true }] }],
        },
        pagination: { order: { price_min: "ASC" } },
      }
    )
    expect(ids(result)).toEqual(["prod_banh_trang", "prod_tra_hoa_vang"])
    expect(ids(await search(undefined, {}, { filters: { group_handles: { $contains: ["do-uong", "ca-phe"] } } }))).toEqual(["prod_ca_phe"])
    expect(ids(await search(undefined, {}, { filters: { "province.code": { $in: [] } } }))).toEqual([])
    expect(ids(await search(undefined, {}, { filters: { created_at: { $gte: "2025-07-01T00:00:00Z" } }, pagination: { order: { created_at: "DESC" } } }))).toEqual([
      "prod_banh_trang",
      "prod_ca_phe",
    ])
  })

  it("sorts and pages", async () => {
    const result = await search(undefined, { count: "exact" }, { pagination: { skip: 1, take: 2, order: { price_min: "ASC" } } })
    expect(ids(result)).toEqual(["prod_nuoc_mam", "prod_ca_phe"])
    expect(result.metadata).toMatchObject({ skip: 1, take: 2, count: 4 })
  })

  it("computes value, range and stats facets over the matches", async () => {
    const values = await search(undefined, { facets: ["province.name", { field: "stars", type: "value" }] })
    expect(values.facets!["province.name"]).toEqual({
      type: "value",
      values: [
        { value: "An Giang", count: 1 },
        { value: "Bà Rịa - Vũng Tàu", count: 1 },
        { value: "Đắk Lắk", count: 1 },
        { value: "Quảng Ninh", count: 1 },
      ],
    })
    expect(values.facets!.stars).toEqual({
      type: "value",
      values: [
        { value: "4", count: 2 },
        { value: "3", count: 1 },
        { value: "5", count: 1 },
      ],
    })

    const ranges = await search(undefined, {
      facets: [{ field: "price_min", type: "range", ranges: [{ key: "duoi-100k", to: 100000 }, { from: 100000, to: 300000 }, { from: 300000 }] }],
    })
    expect((ranges.facets!.price_min as any).ranges.map((range: any) => [range.key, range.count])).toEqual([
      ["duoi-100k", 1],
      ["100000-300000", 2],
      ["300000-*", 1],
    ])

    const stats = await search(undefined, { facets: [{ field: "price_min", type: "stats" }] }, { filters: { in_stock: true } })
    expect(stats.facets!.price_min).toEqual({ type: "stats", min: 45000, max: 350000, count: 3, sum: 515000, avg: 515000 / 3 })
  })

  it("highlights matches", async () => {
    const result = await search("tra", { match_strategy: "last", highlight: { fields: ["title"] } })
    const tea = result.hits.find((hit) => hit.id === "prod_tra_hoa_vang")
    expect(tea?.highlights?.title?.[0]).toMatch(/<mark>Trà<\/mark> hoa vàng/)
  })

  it("deletes by id and by filter", async () => {
    await settle(await service.deleteDocuments({ index: "product_v1", filters: { id: ["prod_banh_trang"] } }))
    await settle(await service.deleteDocuments({ index: "product_v1", filters: { "province.code": "66" } }))
    expect(ids(await search(undefined, {}, { pagination: { order: { id: "ASC" } } }))).toEqual(["prod_nuoc_mam", "prod_tra_hoa_vang"])
  })
})
