import type { SearchTypes } from "@medusajs/framework/types"
import { buildIndexPlan } from "../fields"
import { planSearch } from "../query"
import { assembleResult, matchesFacetQuery } from "../results"
import { productDefinition, searchInput } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const options = { indexUid: "product_v1", maxTotalHits: 1_000, maxValuesPerFacet: 5 }

function planFor(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}, searchOptions: SearchTypes.SearchOptions = {}) {
  const input = searchInput(overrides)
  input.search_options = searchOptions
  return planSearch(input, plan, options)
}

type Response = Parameters<typeof assembleResult>[1][number]
const response = (extra: Partial<Response> = {}): Response =>
  ({ indexUid: "product_v1", hits: [], query: "", processingTimeMs: 3, offset: 0, limit: 20, estimatedTotalHits: 0, ...extra }) as Response
const count = (totalHits: number): Response =>
  ({ indexUid: "product_v1", hits: [], query: "", processingTimeMs: 1, page: 1, hitsPerPage: 0, totalPages: 0, totalHits }) as Response

describe("hits", () => {
  const hits = [
    {
      id: "prod_tra_hoa_vang",
      title: "Trà hoa vàng Ba Chẽ",
      province: { name: "Quảng Ninh" },
      created_at: Date.parse("2025-03-01T00:00:00.000Z"),
      _rankingScore: 0.91,
      _formatted: { title: "<mark>Trà</mark> hoa vàng Ba Chẽ", province: { name: "Quảng Ninh" } },
    },
    { id: "prod_ca_phe", title: "Cà phê Buôn Ma Thuột", _rankingScore: 0.42 },
  ]

  it("keys hits by the primary key and projects the requested fields", () => {
    const result = assembleResult(planFor({ q: "trà", attributes_to_retrieve: ["title", "province.name"] }), [response({ hits })])
    expect(result.hits).toEqual([
      { id: "prod_tra_hoa_vang", document: { title: "Trà hoa vàng Ba Chẽ", province: { name: "Quảng Ninh" } } },
      { id: "prod_ca_phe", document: { title: "Cà phê Buôn Ma Thuột" } },
    ])
  })

  it("returns dates as ISO strings", () => {
    const result = assembleResult(planFor({ attributes_to_retrieve: ["created_at"] }), [response({ hits })])
    expect(result.hits[0].document).toEqual({ created_at: "2025-03-01T00:00:00.000Z" })
  })

  it("returns scores only when asked", () => {
    const result = assembleResult(planFor({ q: "trà" }, { include_score: true }), [response({ hits })])
    expect(result.hits.map((hit) => hit.score)).toEqual([0.91, 0.42])
    expect(assembleResult(planFor({ q: "trà" }), [response({ hits })]).hits[0]).not.toHaveProperty("score")
  })

  it("returns highlighted fragments of the requested fields, arrays included", () => {
    const result = assembleResult(planFor({ q: "trà" }, { highlight: { fields: ["title", "groups.name", "province.name"] } }), [
      response({
        hits: [
          {
            id: "p1",
            _formatted: {
              title: "<mark>Trà</mark> hoa vàng",
              groups: [{ name: "<mark>Trà</mark>" }, { name: "Đồ uống" }],
              province: { name: "Quảng Ninh" },
            },
          },
          { id: "p2", _formatted: { title: "Cà phê" } },
        ],
      }),
    ])
    expect(result.hits[0].highlights).toEqual({ title: ["<mark>Trà</mark> hoa vàng"], "groups.name": ["<mark>Trà</mark>"] })
    expect(result.hits[1].highlights).toBeUndefined()
  })

  it("reports paging, query and timing", () => {
    const result = assembleResult(planFor({ q: "trà", pagination: { skip: 20, take: 10 } }), [response({ processingTimeMs: 7, estimatedTotalHits: 57 })])
    expect(result.metadata).toEqual({ skip: 20, take: 10, count: 57, query: "trà", processing_time_ms: 7 })
    expect(result).not.toHaveProperty("facets")
  })
})

describe("counts", () => {
  it("reports Meilisearch's estimate by default", () => {
    expect(assembleResult(planFor(), [response({ estimatedTotalHits: 42 })]).metadata.count).toBe(42)
  })

  it("reports null when no count was asked for", () => {
    expect(assembleResult(planFor({}, { count: "none" }), [response({ estimatedTotalHits: 42 })]).metadata.count).toBeNull()
  })

  it("reports the exhaustive total for an exact count", () => {
    expect(assembleResult(planFor({}, { count: "exact" }), [response({ estimatedTotalHits: 40 }), count(43)]).metadata.count).toBe(43)
  })

  it("refuses an exact count that reached maxTotalHits instead of reporting it short", () => {
    expect(() => assembleResult(planFor({}, { count: "exact" }), [response(), count(1_000)])).toThrow(/maxTotalHits/)
  })
})

describe("value facets", () => {
  const distribution = { "Quảng Ninh": 3, "Đắk Lắk": 7, "An Giang": 3, "Bà Rịa - Vũng Tàu": 1 }

  it("returns the most frequent values first, ties alphabetically, up to the limit", () => {
    const result = assembleResult(planFor({}, { facets: [{ field: "province.name", limit: 3 }] }), [
      response({ facetDistribution: { "province.name": distribution } }),
    ])
    expect(result.facets).toEqual({
      "province.name": {
        type: "value",
        values: [
          { value: "Đắk Lắk", count: 7 },
          { value: "An Giang", count: 3 },
          { value: "Quảng Ninh", count: 3 },
        ],
      },
    })
  })

  it("sorts alphabetically the Vietnamese way when asked", () => {
    const result = assembleResult(planFor({}, { facets: [{ field: "province.name", sort: "alpha" }] }), [
      response({ facetDistribution: { "province.name": distribution } }),
    ])
    expect((result.facets!["province.name"] as any).values.map((v: any) => v.value)).toEqual(["An Giang", "Bà Rịa - Vũng Tàu", "Đắk Lắk", "Quảng Ninh"])
  })

  it("filters values by a facet query, ignoring case and diacritics, on any word", () => {
    const result = assembleResult(planFor({}, { facets: [{ field: "province.name", query: "vung" }] }), [
      response({ facetDistribution: { "province.name": distribution } }),
    ])
    expect(result.facets!["province.name"]).toEqual({ type: "value", values: [{ value: "Bà Rịa - Vũng Tàu", count: 1 }] })
    expect(matchesFacetQuery("Đắk Lắk", "dak")).toBe(true)
    expect(matchesFacetQuery("Đắk Lắk", "LAK")).toBe(true)
    expect(matchesFacetQuery("Quảng Ninh", "inh")).toBe(false)
    expect(matchesFacetQuery("Quảng Ninh", "  ")).toBe(true)
  })

  it("returns an empty list for a field nothing matched", () => {
    const result = assembleResult(planFor({}, { facets: ["producer.type"] }), [response({ facetDistribution: {} })])
    expect(result.facets).toEqual({ "producer.type": { type: "value", values: [] } })
  })

  it("returns numbers and dates as strings, dates in ISO form", () => {
    const ms = Date.UTC(2025, 2, 1)
    const result = assembleResult(planFor({}, { facets: [{ field: "stars" }, { field: "created_at", type: "value" }] }), [
      response({ facetDistribution: { stars: { "5": 2, "4": 9 }, created_at: { [String(ms)]: 1 } } }),
    ])
    expect(result.facets!.stars).toEqual({ type: "value", values: [{ value: "4", count: 9 }, { value: "5", count: 2 }] })
    expect(result.facets!.created_at).toEqual({ type: "value", values: [{ value: "2025-03-01T00:00:00.000Z", count: 1 }] })
  })

  it("refuses alphabetical order or a facet query when Meilisearch cut the values at maxValuesPerFacet", () => {
    const truncated = { a: 9, b: 8, c: 7, d: 6, e: 5 } // 5 = maxValuesPerFacet: maybe more exist
    const responses = [response({ facetDistribution: { "province.name": truncated } })]
    expect(() => assembleResult(planFor({}, { facets: [{ field: "province.name", sort: "alpha" }] }), responses)).toThrow(/maxValuesPerFacet/)
    expect(() => assembleResult(planFor({}, { facets: [{ field: "province.name", query: "a" }] }), responses)).toThrow(/maxValuesPerFacet/)
    // The most frequent values are exact whatever was cut.
    expect((assembleResult(planFor({}, { facets: [{ field: "province.name", limit: 2 }] }), responses).facets!["province.name"] as any).values).toEqual([
      { value: "a", count: 9 },
      { value: "b", count: 8 },
    ])
  })
})

describe("range facets", () => {
  const ranges = [{ key: "re", to: 100000 }, { from: 100000, to: 300000 }, { from: 300000 }]

  it("counts each bucket from its count query, keeping keys and bounds as requested", () => {
    const planned = planFor({}, { facets: [{ field: "price_min", type: "range", ranges }] })
    const result = assembleResult(planned, [response(), count(1), count(2), count(1)])
    expect(result.facets).toEqual({
      price_min: {
        type: "range",
        ranges: [
          { key: "re", from: undefined, to: 100000, count: 1 },
          { key: "100000-300000", from: 100000, to: 300000, count: 2 },
          { key: "300000-*", from: 300000, to: undefined, count: 1 },
        ],
      },
    })
  })

  it("falls back to a complete value distribution when a bucket reached maxTotalHits", () => {
    const planned = planFor({}, { facets: [{ field: "price_min", type: "range", ranges }] })
    const distribution = { "45000": 600, "120000": 500, "180000": 700, "350000": 2 }
    const result = assembleResult(planned, [response({ facetDistribution: { price_min: distribution } }), count(600), count(1_000), count(2)])
    expect((result.facets!.price_min as any).ranges.map((range: any) => range.count)).toEqual([600, 1_200, 2])
  })

  it("refuses a bucket it cannot count exactly", () => {
    const planned = planFor({}, { facets: [{ field: "price_min", type: "range", ranges }] })
    const cut = { "1": 1, "2": 1, "3": 1, "4": 1, "5": 1 }
    expect(() => assembleResult(planned, [response({ facetDistribution: { price_min: cut } }), count(1), count(1_000), count(1)])).toThrow(
      /range "100000-300000" of facet "price_min" reached 1000/
    )
  })
})

describe("stats facets", () => {
  it("reports min and max from Meilisearch, the matching documents, and sum and average from the distribution", () => {
    const planned = planFor({}, { facets: [{ field: "price_min", type: "stats" }] })
    const result = assembleResult(planned, [
      response({ facetStats: { price_min: { min: 45000, max: 350000 } }, facetDistribution: { price_min: { "45000": 1, "120000": 2, "350000": 1 } } }),
      count(5), // one matching product has no price
    ])
    expect(result.facets).toEqual({ price_min: { type: "stats", min: 45000, max: 350000, count: 5, sum: 635000, avg: 158750 } })
  })

  it("reports zeros when nothing has a value, and leaves out sum and average it cannot compute exactly", () => {
    const planned = planFor({}, { facets: [{ field: "price_min", type: "stats" }] })
    expect(assembleResult(planned, [response(), count(0)]).facets).toEqual({ price_min: { type: "stats", min: 0, max: 0, count: 0 } })
    const cut = { "1": 1, "2": 1, "3": 1, "4": 1, "5": 1 }
    expect(assembleResult(planned, [response({ facetStats: { price_min: { min: 1, max: 9 } }, facetDistribution: { price_min: cut } }), count(9)]).facets).toEqual({
      price_min: { type: "stats", min: 1, max: 9, count: 9 },
    })
  })

  it("keeps date stats in epoch ms without a sum", () => {
    const planned = planFor({}, { facets: [{ field: "created_at", type: "stats" }] })
    const result = assembleResult(planned, [response({ facetStats: { created_at: { min: 1, max: 2 } }, facetDistribution: { created_at: { "1": 1, "2": 1 } } }), count(2)])
    expect(result.facets).toEqual({ created_at: { type: "stats", min: 1, max: 2, count: 2 } })
  })
})
