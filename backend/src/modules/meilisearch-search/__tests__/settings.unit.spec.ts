import { search } from "@medusajs/framework/utils"
import { buildIndexPlan } from "../fields"
import { buildIndexSettings, buildSynonyms, RANKING_RULES } from "../settings"
import { productDefinition } from "./fixtures"

const options = { maxTotalHits: 20_000, maxValuesPerFacet: 1_000 }

function settingsFor(overrides: Parameters<typeof productDefinition>[0] = {}, extra: Partial<Parameters<typeof buildIndexSettings>[2]> = {}) {
  const definition = productDefinition(overrides)
  return buildIndexSettings(definition, buildIndexPlan(definition), { ...options, ...extra })
}

describe("index settings from a definition", () => {
  it("lists searchable fields heaviest first, equal weights in declaration order", () => {
    expect(settingsFor().searchableAttributes).toEqual([
      "title", // 3
      "subtitle", // 2
      "province.name", // 2, declared after subtitle
      "groups.name", // 2, inside an array of objects
      "producer.name", // 1.5
      "description", // 1 (searchable without a weight)
    ])
  })

  it("makes filterable and facetable fields filterable, with the primary key first and nothing else", () => {
    const { filterableAttributes } = settingsFor()
    expect(filterableAttributes?.[0]).toBe("id")
    expect(filterableAttributes).toEqual([
      "id",
      "handle",
      "producer.slug",
      "producer.type",
      "province.code",
      "province.name", // facetable only: Meilisearch facets on filterable attributes
      "group_handles",
      "stars",
      "price_min",
      "rating",
      "in_stock",
      "created_at",
      "sales_channel_ids",
    ])
    expect(filterableAttributes).not.toContain("title")
    expect(filterableAttributes).not.toContain("groups.handle")
  })

  it("sorts on single-valued sortable fields only", () => {
    // `tags` is a sortable array: left out, and refused at query time.
    expect(settingsFor().sortableAttributes).toEqual(["id", "stars", "price_min", "created_at"])
  })

  it("ranks by the requested sort first, then Meilisearch's relevance rules", () => {
    expect(settingsFor().rankingRules).toEqual(["sort", "words", "typo", "proximity", "attribute", "exactness"])
    expect(RANKING_RULES[0]).toBe("sort")
  })

  it("keeps typo tolerance on with Meilisearch's thresholds unless the definition changes them", () => {
    expect(settingsFor().typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: [] })
    expect(
      settingsFor({
        settings: { typo_tolerance: { min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8, disabled_on_attributes: ["producer.name"] } },
      }).typoTolerance
    ).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ["producer.name"] })
    expect(settingsFor({ settings: { typo_tolerance: { enabled: false } } }).typoTolerance?.enabled).toBe(false)
    // A one-typo threshold above the default two-typo one moves that one up too.
    expect(settingsFor({ settings: { typo_tolerance: { min_word_size_for_one_typo: 10 } } }).typoTolerance?.minWordSizeForTypos).toEqual({
      oneTypo: 10,
      twoTypos: 10,
    })
  })

  it("refuses incoherent typo settings at migration time", () => {
    expect(() => settingsFor({ settings: { typo_tolerance: { min_word_size_for_one_typo: 6, min_word_size_for_two_typos: 4 } } })).toThrow(
      /cannot be lower than min_word_size_for_one_typo/
    )
    expect(() => settingsFor({ settings: { typo_tolerance: { min_word_size_for_one_typo: -1 } } })).toThrow(/whole number from 0 to 255/)
    expect(() => settingsFor({ settings: { typo_tolerance: { disabled_on_attributes: ["handle"] } } })).toThrow(/not a searchable field/)
  })

  it("sets facet limits, facet order and the result window from the provider options", () => {
    const settings = settingsFor({}, { maxValuesPerFacet: 300, maxTotalHits: 5_000 })
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 300, sortFacetValuesBy: { "*": "count" } })
    expect(settings.pagination).toEqual({ maxTotalHits: 5_000 })
  })

  it("deduplicates by the definition's distinct attribute, refusing arrays and unknown fields", () => {
    expect(settingsFor().distinctAttribute).toBeNull()
    expect(settingsFor({ settings: { distinct_attribute: "handle" } }).distinctAttribute).toBe("handle")
    expect(() => settingsFor({ settings: { distinct_attribute: "group_handles" } })).toThrow(/array field/)
    expect(() => settingsFor({ settings: { distinct_attribute: "nope" } })).toThrow(/unknown field "nope"/)
  })

  it("takes synonyms from the provider and from the definition", () => {
    const settings = settingsFor(
      { settings: { provider_options: { meilisearch: { synonyms: { "nuoc cham": ["nước mắm"] } } } } },
      { synonyms: [["cà phê", "cafe", "coffee"]] }
    )
    expect(settings.synonyms).toEqual({
      "cà phê": ["cafe", "coffee"],
      cafe: ["cà phê", "coffee"],
      coffee: ["cà phê", "cafe"],
      "nuoc cham": ["nước mắm"],
    })
    expect(settingsFor().synonyms).toEqual({})
  })

  it("passes the allowed engine settings through and refuses those that would change query meaning", () => {
    expect(settingsFor({ settings: { provider_options: { meilisearch: { stopWords: ["của"], proximityPrecision: "byAttribute" } } } })).toMatchObject({
      stopWords: ["của"],
      proximityPrecision: "byAttribute",
    })
    expect(() => settingsFor({ settings: { provider_options: { meilisearch: { rankingRules: ["words"] } } } })).toThrow(/"rankingRules"/)
    expect(() => settingsFor({ settings: { provider_options: { meilisearch: { prefixSearch: "disabled" } } } })).toThrow(/"prefixSearch"/)
  })

  it("needs no accent or đ handling: Meilisearch folds diacritics itself", () => {
    const settings = settingsFor()
    expect(settings).not.toHaveProperty("localizedAttributes")
    expect(settings).not.toHaveProperty("dictionary")
    expect(settings.displayedAttributes).toEqual(["*"])
  })
})

describe("synonym lists", () => {
  it("makes every term of a group find the others", () => {
    expect(buildSynonyms([["chè", "trà", "tea"]])).toEqual({ chè: ["trà", "tea"], tea: ["chè", "trà"], trà: ["chè", "tea"] })
  })

  it("keeps a map one-way", () => {
    expect(buildSynonyms({ coffee: ["cà phê"] })).toEqual({ coffee: ["cà phê"] })
  })

  it("merges several inputs without duplicates", () => {
    expect(buildSynonyms([["mắm", "nước mắm"]], { mắm: ["nước mắm", "mắm nêm"] }, undefined)).toEqual({
      mắm: ["nước mắm", "mắm nêm"],
      "nước mắm": ["mắm"],
    })
  })

  it("normalises Unicode and spacing, and drops empty terms", () => {
    const decomposed = "tra\u0300" // "trà" typed with a combining accent
    expect(buildSynonyms([[decomposed, "  tea  ", ""]])).toEqual({ trà: ["tea"], tea: ["trà"] })
    expect(buildSynonyms([["cà   phê", "coffee"]])).toEqual({ "cà phê": ["coffee"], coffee: ["cà phê"] })
  })

  it("refuses malformed input", () => {
    expect(() => buildSynonyms([["a"], "b" as unknown as string[]])).toThrow(/arrays of terms/)
    expect(() => buildSynonyms({ a: "b" as unknown as string[] })).toThrow(/must be an array/)
  })
})

describe("index plan", () => {
  it("flattens nested objects and marks arrays, including leaves inside arrays of objects", () => {
    const plan = buildIndexPlan(productDefinition())
    expect(plan.fields.get("province.code")).toMatchObject({ type: "keyword", isArray: false, filterable: true })
    expect(plan.fields.get("groups.name")).toMatchObject({ type: "text", isArray: true, searchable: true, weight: 2 })
    expect(plan.fields.get("created_at")).toMatchObject({ type: "date", numeric: true, facetKinds: ["value", "range", "stats"] })
    expect(plan.fields.get("price_min")?.facetKinds).toEqual(["range", "stats"])
    expect(plan.fields.get("producer.type")?.facetKinds).toEqual(["value"])
    expect([...plan.objects]).toEqual(["producer", "province", "groups"])
  })

  it("leaves vector fields out and refuses geo fields", () => {
    expect(buildIndexPlan(productDefinition()).ignoredVectors).toEqual(["embedding"])
    const geo = search.define({ id: search.keyword(), where: search.geo() }).toFields()
    expect(() => buildIndexPlan({ name: "shops", fields: geo, primary_key: "id" })).toThrow(/geo field "where"/)
  })

  it("needs a single top-level keyword, text or integer primary key", () => {
    const fields = search.define({ id: search.keyword(), tags: search.keyword().array(), price: search.float() }).toFields()
    expect(() => buildIndexPlan({ name: "x", fields, primary_key: "handle" })).toThrow(/primary key "handle"/)
    expect(() => buildIndexPlan({ name: "x", fields, primary_key: "tags" })).toThrow(/single keyword, text or integer/)
    expect(() => buildIndexPlan({ name: "x", fields, primary_key: "price" })).toThrow(/single keyword, text or integer/)
    expect(buildIndexPlan({ name: "x", fields }).primaryKey).toBe("id")
  })
})
