import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { buildIndexPlan } from "../fields"
import { planSearch, prepareQueryText } from "../query"
import { productDefinition, searchInput } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const options = { indexUid: "ocop_product_v1", maxTotalHits: 1_000, maxValuesPerFacet: 100 }

function planFor(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}, searchOptions: SearchTypes.SearchOptions = {}) {
  const input = searchInput(overrides)
  input.search_options = { ...input.search_options, ...searchOptions }
  return planSearch(input, plan, options)
}
const mainFor = (...args: Parameters<typeof planFor>) => planFor(...args).queries[0]

function refusal(run: () => unknown): MedusaError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(MedusaError)
    return error as MedusaError
  }
  throw new Error("expected the query to be refused")
}

describe("query text and match_strategy", () => {
  it("defaults to all words, each complete: the trailing space stops Meilisearch reading the last word as a prefix", () => {
    expect(mainFor({ q: "trà hoa vàng" })).toMatchObject({ q: "trà hoa vàng ", matchingStrategy: "all" })
    expect(mainFor({ q: "trà hoa vàng" }, { match_strategy: "all" }).q).toBe("trà hoa vàng ")
  })

  it('maps "last" (typeahead) to all words with the last one a prefix', () => {
    expect(mainFor({ q: "tra hoa va" }, { match_strategy: "last" })).toMatchObject({ q: "tra hoa va", matchingStrategy: "all" })
  })

  it('refuses "any": no Meilisearch strategy returns documents matching only a later word', () => {
    const error = refusal(() => planFor({ q: "trà cà phê" }, { match_strategy: "any" }))
    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toMatch(/match_strategy "any"/)
  })

  it("sends no q for an empty or blank query (placeholder search)", () => {
    expect(mainFor({ q: undefined })).not.toHaveProperty("q")
    expect(mainFor({ q: "   " })).not.toHaveProperty("q")
    expect(mainFor({ q: undefined })).not.toHaveProperty("matchingStrategy")
  })

  it("neutralises Meilisearch's phrase and negation operators, keeping place names intact", () => {
    expect(prepareQueryText('nước mắm "Phú Quốc"', "last")).toBe("nước mắm Phú Quốc")
    expect(prepareQueryText("-Vũng Tàu", "last")).toBe("Vũng Tàu")
    expect(prepareQueryText("Bà Rịa - Vũng Tàu", "last")).toBe("Bà Rịa - Vũng Tàu")
    expect(prepareQueryText("bánh   tráng\tmè ", "all")).toBe("bánh tráng mè ")
    expect(prepareQueryText('""', "all")).toBeUndefined()
  })
})

describe("paging, fields and filters", () => {
  it("pages with offset and limit, defaulting like the Search Module", () => {
    expect(mainFor({ pagination: { skip: 40, take: 20 } })).toMatchObject({ offset: 40, limit: 20 })
    expect(mainFor({ pagination: {} })).toMatchObject({ offset: 0, limit: 20 })
    expect(mainFor({ pagination: { skip: 0, take: 0 } })).toMatchObject({ limit: 0 })
  })

  it("refuses to page past maxTotalHits rather than return an empty page", () => {
    expect(refusal(() => planFor({ pagination: { skip: 990, take: 20 } })).message).toMatch(/past the 1000 results/)
  })

  it("refuses cursors, vector search and bad paging", () => {
    expect(refusal(() => planFor({ pagination: { cursor: "abc" } })).message).toMatch(/cursor pagination/)
    expect(refusal(() => planFor({}, { vector: { value: [1, 2, 3, 4] } })).message).toMatch(/vector and hybrid search/)
    expect(refusal(() => planFor({ pagination: { skip: -1 } })).message).toMatch(/whole numbers/)
  })

  it("retrieves the requested fields plus the primary key the hit id comes from", () => {
    expect(mainFor({ attributes_to_retrieve: ["title", "province.name"] }).attributesToRetrieve).toEqual(["id", "title", "province.name"])
    expect(mainFor({ attributes_to_retrieve: ["id", "title"] }).attributesToRetrieve).toEqual(["id", "title"])
  })

  it("compiles the filters, without q", () => {
    expect(mainFor({ q: "trà", filters: { sales_channel_ids: ["sc_main"], stars: { $gte: 4 } } }).filter).toBe(
      'sales_channel_ids = "sc_main" AND stars >= 4'
    )
    expect(mainFor({})).not.toHaveProperty("filter")
  })

  it("searches only the fields asked for, which must be searchable", () => {
    expect(mainFor({ q: "ba che" }, { attributes_to_search_on: ["title", "producer.name"] }).attributesToSearchOn).toEqual(["title", "producer.name"])
    expect(refusal(() => planFor({ q: "x" }, { attributes_to_search_on: ["handle"] })).message).toMatch(/not searchable/)
  })
})

describe("sorting", () => {
  it("maps the order to Meilisearch sort strings", () => {
    expect(mainFor({ pagination: { order: { stars: "DESC", price_min: "ASC" } } }).sort).toEqual(["stars:desc", "price_min:asc"])
  })

  it("accepts relevance last and descending, as a tie-breaker", () => {
    expect(mainFor({ pagination: { order: { stars: "DESC", _score: "DESC" } } }).sort).toEqual(["stars:desc"])
    expect(mainFor({ pagination: { order: { _score: "DESC" } } })).not.toHaveProperty("sort")
  })

  it("refuses orders Meilisearch cannot produce", () => {
    expect(refusal(() => planFor({ pagination: { order: { _score: "ASC" } } })).message).toMatch(/_score ASC/)
    expect(refusal(() => planFor({ pagination: { order: { _score: "DESC", stars: "DESC" } } })).message).toMatch(/can only come last/)
    expect(refusal(() => planFor({ pagination: { order: { title: "ASC" } } })).message).toMatch(/not sortable/)
    expect(refusal(() => planFor({ pagination: { order: { tags: "ASC" } } })).message).toMatch(/array field "tags"/)
    expect(refusal(() => planFor({ pagination: { order: { nope: "ASC" } } })).message).toMatch(/unknown field "nope"/)
  })
})

describe("facets", () => {
  it("asks for the distribution of every faceted field, once", () => {
    const planned = planFor({}, {
      facets: ["province.code", { field: "stars", type: "value" }, { field: "stars", type: "stats" }, { field: "price_min", type: "range", ranges: [{ to: 100000 }] }],
    })
    expect(planned.queries[0].facets).toEqual(["province.code", "stars", "price_min"])
    expect(planned.facets.map((facet) => [facet.field.path, facet.type])).toEqual([
      ["province.code", "value"],
      ["stars", "value"],
      ["stars", "stats"],
      ["price_min", "range"],
    ])
  })

  it("defaults value facets to the ten most frequent values", () => {
    const [facet] = planFor({}, { facets: ["producer.type"] }).facets
    expect(facet).toMatchObject({ type: "value", limit: 10, sort: "count" })
  })

  it("keeps the implicit facet limit within maxValuesPerFacet", () => {
    const [facet] = planSearch({ ...searchInput(), search_options: { facets: ["producer.type"] } }, plan, { ...options, maxValuesPerFacet: 4 }).facets
    expect(facet).toMatchObject({ limit: 4 })
  })

  it("refuses a value facet longer than maxValuesPerFacet, and facet kinds a field does not allow", () => {
    expect(refusal(() => planFor({}, { facets: [{ field: "producer.type", limit: 101 }] })).message).toMatch(/maxValuesPerFacet \(100\)/)
    expect(refusal(() => planFor({}, { facets: [{ field: "price_min", type: "value" }] })).message).toMatch(/does not allow value facets/)
    expect(refusal(() => planFor({}, { facets: ["title"] })).message).toMatch(/does not allow value facets/)
  })

  it("adds one exhaustive count query per range bucket, with bounds from inclusive to exclusive", () => {
    const planned = planFor(
      { q: "trà", filters: { in_stock: true } },
      { facets: [{ field: "price_min", type: "range", ranges: [{ key: "re", to: 100000 }, { from: 100000, to: 300000 }, { from: 300000 }] }] }
    )
    expect(planned.queries).toHaveLength(4)
    expect(planned.rangeSlots.get("price_min")).toEqual([1, 2, 3])
    expect(planned.queries.slice(1).map((query) => query.filter)).toEqual([
      "(in_stock = true) AND (price_min < 100000)",
      "(in_stock = true) AND (price_min >= 100000 AND price_min < 300000)",
      "(in_stock = true) AND (price_min >= 300000)",
    ])
    for (const query of planned.queries.slice(1)) {
      expect(query).toMatchObject({ indexUid: "ocop_product_v1", q: "trà ", matchingStrategy: "all", page: 1, hitsPerPage: 0, attributesToRetrieve: ["id"] })
      expect(query).not.toHaveProperty("offset")
      expect(query).not.toHaveProperty("facets")
    }
    const [facet] = planned.facets
    expect(facet.type === "range" && facet.ranges.map((range) => range.key)).toEqual(["re", "100000-300000", "300000-*"])
  })

  it("uses epoch ms bounds for date ranges", () => {
    const planned = planFor({}, { facets: [{ field: "created_at", type: "range", ranges: [{ from: "2025-01-01T00:00:00Z", to: "2025-07-01T00:00:00Z" }] }] })
    expect(planned.queries[1].filter).toBe(`created_at >= ${Date.UTC(2025, 0, 1)} AND created_at < ${Date.UTC(2025, 6, 1)}`)
    expect(refusal(() => planFor({}, { facets: [{ field: "created_at", type: "range", ranges: [{ from: "tết" }] }] })).message).toMatch(/not a date/)
  })

  it("adds one exhaustive count for stats facets and exact counts, shared", () => {
    const planned = planFor({ filters: { stars: 5 } }, { count: "exact", facets: [{ field: "price_min", type: "stats" }, { field: "stars", type: "stats" }] })
    expect(planned.queries).toHaveLength(2)
    expect(planned.countSlot).toBe(1)
    expect(planned.queries[1]).toMatchObject({ filter: "stars = 5", page: 1, hitsPerPage: 0 })
  })

  it("needs no extra query for an estimated or no count", () => {
    expect(planFor({}, { count: "estimated" }).queries).toHaveLength(1)
    expect(planFor({}, { count: "none" }).queries).toHaveLength(1)
  })
})

describe("relevance options", () => {
  it("highlights the searched fields with the requested tags and crops snippets", () => {
    expect(mainFor({ q: "trà" }, { highlight: true })).toMatchObject({
      attributesToHighlight: ["title", "subtitle", "description", "producer.name", "province.name", "groups.name"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    })
    const main = mainFor({ q: "trà" }, { highlight: { fields: ["title"], pre_tag: "<b>", post_tag: "</b>", snippet: { length: 8 } } })
    expect(main).toMatchObject({ attributesToHighlight: ["title"], highlightPreTag: "<b>", highlightPostTag: "</b>", attributesToCrop: ["title"], cropLength: 8 })
    expect(mainFor({ q: undefined }, { highlight: true })).not.toHaveProperty("attributesToHighlight")
    expect(refusal(() => planFor({ q: "trà" }, { highlight: { fields: ["handle"] } })).message).toMatch(/cannot highlight "handle"/)
  })

  it("maps min_score and include_score to Meilisearch's ranking score", () => {
    expect(mainFor({ q: "trà" }, { min_score: 0.4, include_score: true })).toMatchObject({ rankingScoreThreshold: 0.4, showRankingScore: true })
    expect(refusal(() => planFor({ q: "trà" }, { min_score: 3 })).message).toMatch(/between 0 and 1/)
  })

  it("deduplicates by a filterable field, and leaves the index's own distinct attribute to the index", () => {
    expect(mainFor({}, { distinct: "handle" }).distinct).toBe("handle")
    const input = searchInput({ index: productDefinition({ settings: { distinct_attribute: "handle" } }) })
    input.search_options = { distinct: "handle" }
    expect(planSearch(input, plan, options).queries[0]).not.toHaveProperty("distinct")
    expect(refusal(() => planFor({}, { distinct: "title" })).message).toMatch(/filterable field/)
    expect(refusal(() => planFor({}, { distinct: "group_handles" })).message).toMatch(/array field/)
  })

  it("accepts typo_tolerance true, and refuses turning typos off per query", () => {
    expect(mainFor({ q: "tra" }, { typo_tolerance: true }).q).toBe("tra ")
    expect(refusal(() => planFor({ q: "tra" }, { typo_tolerance: false })).message).toMatch(/set per index/)
    // Nothing to turn off when the index has no typo tolerance, or there is no text.
    const input = searchInput({ q: "tra", index: productDefinition({ settings: { typo_tolerance: { enabled: false } } }) })
    input.search_options = { typo_tolerance: false }
    expect(planSearch(input, plan, options).queries[0].q).toBe("tra ")
    expect(mainFor({ q: undefined }, { typo_tolerance: false })).not.toHaveProperty("q")
  })

  it("passes language hints as ISO 639 codes", () => {
    expect(mainFor({ q: "trà" }, { locales: ["vi-VN", "en"] }).locales).toEqual(["vi", "en"])
    expect(refusal(() => planFor({ q: "trà" }, { locales: ["tiếng Việt"] })).message).toMatch(/not a language tag/)
  })

  it("applies raw Meilisearch parameters from provider_options last, never the index uid", () => {
    const main = mainFor({ q: "trà" }, { provider_options: { meilisearch: { showMatchesPosition: true, indexUid: "other" } } })
    expect(main).toMatchObject({ showMatchesPosition: true, indexUid: "ocop_product_v1" })
  })

  it("refuses text queries on an index without searchable fields", () => {
    const bare = buildIndexPlan({ name: "codes", fields: { id: { type: "keyword", filterable: true } }, primary_key: "id" })
    expect(() => planSearch(searchInput({ q: "abc" }), bare, options)).toThrow(/no searchable fields/)
  })
})
