import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import { foldVietnamese } from "../../utils/fold-vietnamese"
import { loadGeoIndex } from "../ocop-catalog/geo-index"
import { productGroups } from "../ocop-catalog/product-groups"
import { PRODUCT_INDEX } from "./fields"
import { correctQuery, searchText, vocabularyOf } from "./text"
import { cachedCatalogueAnswer } from "../catalogue-cache"
import { withFairBadges } from "../fairs/search-badges"
import { catalogueVocabulary } from "./vocabulary"
import { STARS_FIRST } from "./sort-orders"

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest", "stars"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export type OcopSearchParams = {
  q?: string
  stars?: number[]
  province?: string
  group?: string
  producer_type?: string[]
  producer?: string
  origin_region?: string
  price_min?: number
  price_max?: number
  sort?: SearchSort
  limit: number
  offset: number
}

/** Price buckets of the price facet, in đồng; the last one has no upper bound. */
export const PRICE_BUCKETS: { from: number; to: number | null }[] = [
  { from: 0, to: 100_000 },
  { from: 100_000, to: 300_000 },
  { from: 300_000, to: 1_000_000 },
  { from: 1_000_000, to: null },
]

const CURRENCY = "vnd"
const SUGGESTED_PRODUCTS = 6
const HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "price_min",
  "price_max",
  "in_stock",
  "stars",
  "ocop_valid_until",
  "created_at",
  "producer.slug",
  "producer.name",
  "producer.type",
  "province.code",
  "province.name",
  "province.slug",
  "region.slug",
  "region.name",
  "groups.handle",
  "groups.name",
]
const VOCABULARY_FIELDS = ["title", "subtitle", "producer.name", "province.name", "province_former_names", "region.name", "groups.name", "folded"]

type Filters = SearchTypes.SearchFilters
type SearchQuery = SearchTypes.SearchQuery
type Doc = Record<string, any>

export type SearchHitView = ReturnType<typeof toHit>

/** A search document as a shopper sees it. Stars are shown only while their certificate is in force. */
function toHit(doc: Doc, now: number) {
  const inForce = typeof doc.ocop_valid_until === "number" && doc.ocop_valid_until > now
  return {
    id: doc.id as string,
    handle: doc.handle as string,
    title: doc.title as string,
    subtitle: (doc.subtitle ?? null) as string | null,
    thumbnail: (doc.thumbnail ?? null) as string | null,
    price:
      typeof doc.price_min === "number"
        ? { min: doc.price_min as number, max: (doc.price_max ?? doc.price_min) as number, currency_code: CURRENCY }
        : null,
    in_stock: doc.in_stock === true,
    producer: doc.producer ? { slug: doc.producer.slug, name: doc.producer.name, type: doc.producer.type } : null,
    province: doc.province ? { code: doc.province.code, name: doc.province.name, slug: doc.province.slug } : null,
    region: doc.region?.slug ? { slug: doc.region.slug as string, name: doc.region.name as string } : null,
    stars: inForce ? ((doc.stars ?? null) as 3 | 4 | 5 | null) : null,
    groups: ((doc.groups ?? []) as any[]).map((g) => ({ handle: g.handle as string, name: g.name as string })),
  }
}

/** The filters a request asks for, one entry per facet so each facet can leave its own out. */
async function filterParts(container: MedusaContainer, params: OcopSearchParams, salesChannelIds: string[], now: number) {
  const parts: Record<"channel" | "province" | "group" | "producer_type" | "price" | "stars" | "other", Filters> = {
    channel: { sales_channel_ids: salesChannelIds },
    province: {},
    group: {},
    producer_type: {},
    price: {},
    stars: {},
    other: {},
  }
  if (params.province) {
    const codes = await container.resolve<GeoModuleService>(GEO_MODULE).resolveProvinceCodes(params.province)
    parts.province = { "province.code": codes }
  }
  if (params.group) parts.group = { group_handles: params.group }
  if (params.producer_type?.length) parts.producer_type = { "producer.type": params.producer_type }
  if (params.price_min !== undefined || params.price_max !== undefined) {
    parts.price = {
      price_min: {
        ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
        ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
      },
    }
  }
  // Stars count only while their certificate is in force: compared with the clock here, so a
  // certificate lapsing between two events is already without stars.
  if (params.stars?.length) parts.stars = { stars: params.stars, ocop_valid_until: { $gt: now } }
  if (params.producer) parts.other["producer.slug"] = params.producer
  if (params.origin_region) parts.other["region.slug"] = params.origin_region
  return parts
}

const merge = (...parts: Filters[]): Filters => Object.assign({}, ...parts)
const without = (parts: Record<string, Filters>, ...names: string[]) =>
  merge(...Object.entries(parts).filter(([name]) => !names.includes(name)).map(([, part]) => part))

const inForce = (now: number): Filters => ({ ocop_valid_until: { $gt: now } })
const notInForce = (now: number): Filters => ({
  $or: [{ ocop_valid_until: { $lte: now } }, { ocop_valid_until: { $exists: false } }],
})

function order(sort: SearchSort, hasText: boolean): Record<string, "ASC" | "DESC"> {
  const score: Record<string, "DESC"> = hasText ? { _score: "DESC" } : {}
  switch (sort) {
    case "price_asc":
      return { price_min: "ASC", ...score, id: "ASC" }
    case "price_desc":
      return { price_min: "DESC", ...score, id: "ASC" }
    case "newest":
      return { created_at: "DESC", id: "DESC" }
    case "stars":
      return hasText ? { stars: "DESC", ...score, created_at: "DESC", id: "DESC" } : { ...STARS_FIRST }
    case "relevance":
    default:
      // Equal relevance: the better-rated, then the newer product first.
      return hasText ? { _score: "DESC", stars: "DESC", created_at: "DESC", id: "DESC" } : { created_at: "DESC", id: "DESC" }
  }
}

/**
 * One search (hits, count, facets) for a query text that may be empty. Every
 * engine query goes out in one `query.search` batch, then (for the stars
 * sort) a second one; facets leave out their own filter.
 */
async function runSearch(
  container: MedusaContainer,
  text: string,
  parts: Record<string, Filters>,
  { sort, limit, offset, now }: { sort: SearchSort; limit: number; offset: number; now: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const q = text ? { q: text } : {}
  const options = { match_strategy: "all" as const }
  const starsFiltered = Object.keys(parts.stars).length > 0
  const all = merge(...Object.values(parts))
  const withoutStars = without(parts, "stars")
  const byStars = sort === "stars"

  const queries: SearchQuery[] = [
    {
      entity: PRODUCT_INDEX,
      fields: HIT_FIELDS,
      filters: { ...q, ...(byStars ? merge(all, inForce(now)) : all) },
      pagination: { skip: offset, take: limit, order: order(sort, !!text) },
      // The stars sort needs to know how many products have stars in force; the count is below.
      search_options: { ...options, count: byStars ? "exact" : "none" },
    },
    {
      // Counts and facets describe the whole result; each facet without its own filter.
      entity: PRODUCT_INDEX,
      fields: ["id"],
      filters: { ...q, ...all },
      pagination: { take: 0 },
      search_options: {
        ...options,
        count: "exact",
        disjunctive_facets: true,
        facets: [
          { field: "province.code", type: "value", limit: 100 },
          { field: "group_handles", type: "value", limit: 200 },
          { field: "producer.type", type: "value", limit: 10 },
          {
            field: "price_min",
            type: "range",
            ranges: PRICE_BUCKETS.map((b) => ({ key: String(b.from), from: b.from, ...(b.to !== null ? { to: b.to } : {}) })),
          },
        ],
      },
    },
    {
      // Stars: only certificates in force today, and without the stars filter itself.
      entity: PRODUCT_INDEX,
      fields: ["id"],
      filters: { ...q, ...merge(withoutStars, inForce(now)) },
      pagination: { take: 0 },
      search_options: { ...options, count: "exact", facets: [{ field: "stars", type: "value", limit: 10 }] },
    },
    ...(starsFiltered
      ? [
          {
            entity: PRODUCT_INDEX,
            fields: ["id"],
            filters: { ...q, ...withoutStars },
            pagination: { take: 0 },
            search_options: { ...options, count: "exact" as const },
          },
        ]
      : []),
  ]
  const [main, summary, stars, unstarred] = await query.search(queries)
  let docs = main.data as Doc[]
  const count = summary.search_result.metadata.count ?? 0

  if (byStars) {
    // Products whose stars are in force first (by stars), then the others: the clock decides,
    // not what the stars were when the document was written.
    const starred = main.search_result.metadata.count ?? 0
    if (docs.length < limit && count > starred) {
      const [rest] = await query.search([
        {
          entity: PRODUCT_INDEX,
          fields: HIT_FIELDS,
          filters: { ...q, $and: [all, notInForce(now)] },
          pagination: {
            skip: Math.max(0, offset - starred),
            take: limit - docs.length,
            order: text ? { _score: "DESC", created_at: "DESC", id: "DESC" } : order("newest", false),
          },
          search_options: { ...options, count: "none" },
        },
      ])
      docs = [...docs, ...(rest.data as Doc[])]
    }
  }

  return {
    docs,
    count,
    facets: summary.search_result.facets ?? {},
    stars: {
      values: (stars.search_result.facets?.stars as any)?.values ?? [],
      starred: stars.search_result.metadata.count ?? 0,
      total: starsFiltered ? unstarred.search_result.metadata.count ?? 0 : count,
    },
  }
}

/** Names for facet values: provinces (today's map) and product groups. */
async function facetLookups(container: MedusaContainer) {
  const [geo, categories] = await Promise.all([loadGeoIndex(container), productGroups(container)])
  return { geo, categories }
}

function facetsView(result: Awaited<ReturnType<typeof runSearch>>, { geo, categories }: Awaited<ReturnType<typeof facetLookups>>) {
  const values = (field: string) => ((result.facets[field] as any)?.values ?? []) as { value: string; count: number }[]
  const topGroups = new Map(categories.filter((c) => !c.parent_category_id).map((c) => [c.handle, c]))
  const ranges = ((result.facets.price_min as any)?.ranges ?? []) as { key: string; count: number }[]

  const stars = [5, 4, 3]
    .map((value) => ({ value, count: result.stars.values.find((v: any) => Number(v.value) === value)?.count ?? 0 }))
    .filter((s) => s.count > 0) as { value: number | null; count: number }[]
  const unstarred = result.stars.total - result.stars.starred
  // Products without a certificate in force, so the star counts add up to the result.
  if (unstarred > 0) stars.push({ value: null, count: unstarred })

  return {
    stars,
    province: values("province.code")
      .map((v) => {
        const province = geo.province.get(v.value)
        return province ? { code: province.code, name: province.name, slug: province.slug, count: v.count } : null
      })
      .filter(Boolean) as { code: string; name: string; slug: string; count: number }[],
    group: values("group_handles")
      .filter((v) => topGroups.has(v.value))
      .map((v) => ({ handle: v.value, name: topGroups.get(v.value)!.name, count: v.count })),
    producer_type: values("producer.type").map((v) => ({ value: v.value, count: v.count })),
    price: PRICE_BUCKETS.map((bucket) => ({
      from: bucket.from,
      to: bucket.to,
      count: ranges.find((r) => r.key === String(bucket.from))?.count ?? 0,
    })).filter((b) => b.count > 0),
  }
}

/**
 * Documents near a query that matched nothing: those sharing the most words
 * with it (full text, any word, by rank), within the shopper's sales channels.
 * Their words correct the query's other words, in context. (The provider's
 * typo tolerance compares the query with every product's whole text through
 * pg_trgm: seconds on 10,000 products, for every misspelled search.)
 */
async function nearMisses(
  container: MedusaContainer,
  text: string,
  salesChannelIds: string[],
  { take = 5, strategy = "any" }: { take?: number; strategy?: "any" | "all" } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.search({
    entity: PRODUCT_INDEX,
    fields: ["id", "handle", ...VOCABULARY_FIELDS],
    filters: { q: text, sales_channel_ids: salesChannelIds },
    pagination: { take, order: { _score: "DESC", id: "ASC" } },
    // Their words are wanted, not how many there are.
    search_options: { match_strategy: strategy, count: "none" },
  })
  return data as Doc[]
}

/**
 * The query with its misspelled words corrected, most likely first: against
 * the best-matching product's own words ("mat ong bac haa" → "bạc hà", where
 * the shop also sells "hải sản"), then all near products' words, then every
 * word of the shop (for a query sharing no word with any product).
 */
async function corrections(container: MedusaContainer, q: string, misses: Doc[]): Promise<string[]> {
  const wordsOf = (docs: Doc[]) => vocabularyOf(docs.flatMap((d) => VOCABULARY_FIELDS.flatMap((f) => readPath(d, f))))
  const candidates = [
    misses.length ? correctQuery(q, wordsOf(misses.slice(0, 1))) : null,
    misses.length > 1 ? correctQuery(q, wordsOf(misses)) : null,
    correctQuery(q, await catalogueVocabulary(container)),
  ]
  return [...new Set(candidates.filter((c): c is string => !!c && searchText(c) !== searchText(q)))]
}

/** Whether the shopper narrowed the search beyond its words. */
function narrowed(params: OcopSearchParams) {
  const { stars, province, group, producer_type, producer, origin_region, price_min, price_max } = params
  return !!(stars?.length || province || group || producer_type?.length || producer || origin_region) || price_min !== undefined || price_max !== undefined
}

/** Popular products for an empty result: 5★ then 4★ (in force), newest first. */
async function popular(container: MedusaContainer, salesChannelIds: string[], now: number, take = 5) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.search({
    entity: PRODUCT_INDEX,
    fields: HIT_FIELDS,
    filters: { sales_channel_ids: salesChannelIds, stars: [5, 4], ...inForce(now) },
    pagination: { take, order: order("stars", false) },
    search_options: { count: "none" },
  })
  return (data as Doc[]).map((d) => toHit(d, now))
}

/**
 * GET /store/ocop/search: full-text search with OCOP facets. A query that
 * matches nothing is tried once more with its misspelled words corrected
 * against the nearest documents (`did_you_mean`); if that finds nothing
 * either, the answer suggests queries and popular products.
 */
async function computeSearch(container: MedusaContainer, params: OcopSearchParams, salesChannelIds: string[], now: Date) {
  const at = now.getTime()
  const q = (params.q ?? "").trim()
  const text = searchText(q)
  const sort: SearchSort = params.sort ?? (text ? "relevance" : "newest")
  // Read alongside the search; awaited once the facets are built.
  const lookups = facetLookups(container)
  lookups.catch(() => undefined)
  const parts = await filterParts(container, params, salesChannelIds, at)
  const page = { sort, limit: params.limit, offset: params.offset, now: at }

  let result = await runSearch(container, text, parts, page)
  let didYouMean: string | undefined
  let misses: Doc[] | null = null

  if (result.count === 0 && text) {
    // Every word found somewhere, and the filters left nothing: the words need no correcting, and
    // the products they name (elsewhere, at other stars or prices) are the near ones.
    const wordsFound = narrowed(params) ? await nearMisses(container, text, salesChannelIds, { strategy: "all" }) : []
    misses = wordsFound.length ? wordsFound : await nearMisses(container, text, salesChannelIds)
    for (const corrected of wordsFound.length ? [] : await corrections(container, q, misses)) {
      const retry = await runSearch(container, searchText(corrected), parts, page)
      if (retry.count > 0) {
        result = retry
        didYouMean = corrected
        break
      }
    }
  }

  const answer = {
    hits: result.docs.map((d) => toHit(d, at)),
    count: result.count,
    limit: params.limit,
    offset: params.offset,
    q,
    sort,
    facets: facetsView(result, await lookups),
    ...(didYouMean ? { did_you_mean: didYouMean } : {}),
  }
  if (result.count > 0) return answer

  return {
    ...answer,
    suggestions: {
      queries: [...new Set((misses ?? []).map((d) => d.title as string))].filter((t) => foldVietnamese(t) !== text),
      popular: await popular(container, salesChannelIds, at),
    },
  }
}


/** The search with its hits at a live fair carrying the fair's badge and price. */
async function searchWithFairs(container: MedusaContainer, params: OcopSearchParams, salesChannelIds: string[], now: Date) {
  const result = await computeSearch(container, params, salesChannelIds, now)
  return { ...result, hits: await withFairBadges(container, result.hits, now) }
}

export type OcopSearchAnswer = Awaited<ReturnType<typeof searchWithFairs>>

/**
 * GET /store/ocop/search's answer: computed (searchWithFairs above), or kept
 * from an earlier identical search while neither the catalogue, the index nor
 * the clock has changed it (lib/catalogue-cache). Only with the PostgreSQL
 * engine, whose provider reports its writes; Meilisearch answers fast on its own.
 */
export async function searchOcopProducts(
  container: MedusaContainer,
  params: OcopSearchParams,
  { salesChannelIds, now }: { salesChannelIds: string[]; now?: Date }
): Promise<OcopSearchAnswer> {
  // A caller's own clock (tests) is answered as asked.
  if (now || process.env.MEILISEARCH_HOST) return searchWithFairs(container, params, salesChannelIds, now ?? new Date())
  const key = [
    (params.q ?? "").trim(), [...(params.stars ?? [])].sort(), params.province, params.group, [...(params.producer_type ?? [])].sort(),
    params.producer, params.origin_region, params.price_min, params.price_max, params.sort, params.limit, params.offset, [...salesChannelIds].sort(),
  ]
  // Hits show `in_stock` from their documents: an order that leaves a product in stock changes no answer.
  return cachedCatalogueAnswer(container, "search", key, (at) => searchWithFairs(container, params, salesChannelIds, at))
}

function readPath(doc: Doc, path: string): string[] {
  const value = path.split(".").reduce<any>((v, key) => (Array.isArray(v) ? v.map((x) => x?.[key]) : v?.[key]), doc)
  return (Array.isArray(value) ? value.flat() : [value]).filter((v): v is string => typeof v === "string")
}

/**
 * GET /store/ocop/search/suggest: what the header shows while a shopper
 * types. Products match as typeahead (every word but the last complete, the
 * last a prefix); provinces (old names too) and groups by the start of a word.
 */
export async function suggestOcop(container: MedusaContainer, q: string, { salesChannelIds, now = new Date() }: { salesChannelIds: string[]; now?: Date }) {
  const text = searchText(q)
  if (!text) return { q, products: [], provinces: [], groups: [] }
  const at = now.getTime()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["id", "handle", "title", "thumbnail", "price_min", "price_max", "stars", "ocop_valid_until"]
  const typeahead = (options: SearchTypes.SearchOptions, words = text): SearchTypes.SearchQuery => ({
    entity: PRODUCT_INDEX,
    fields,
    filters: { q: words, sales_channel_ids: salesChannelIds },
    pagination: { take: SUGGESTED_PRODUCTS, order: { _score: "DESC", stars: "DESC", id: "ASC" } },
    search_options: { ...options, count: "none" },
  })
  const [products, geo, categories] = await Promise.all([
    // Whole words first ("tra" → Trà…), then words that merely start so (Tráng, Trải…).
    query.search([typeahead({ match_strategy: "all" }), typeahead({ match_strategy: "last" })]).then(async ([whole, started]) => {
      const found = [...whole.data, ...started.data].filter((d, i, all) => all.findIndex((o) => o.id === d.id) === i)
      if (found.length || text.length < 4) return found
      // Nothing starts like that: maybe a typo, corrected against the shop's words.
      const corrected = correctQuery(text, await catalogueVocabulary(container))
      if (!corrected) return []
      const [similar] = await query.search([typeahead({ match_strategy: "all" }, searchText(corrected))])
      return similar.data
    }),
    loadGeoIndex(container),
    productGroups(container),
  ])

  const startsWord = (name: string) => {
    const folded = foldVietnamese(name)
    return folded.startsWith(text) || folded.includes(` ${text}`)
  }
  const provinces: { slug: string; name: string; former_name?: string }[] = []
  for (const province of geo.provinces) {
    if (startsWord(province.name) || foldVietnamese(province.slug.replace(/-/g, " ")).startsWith(text)) {
      provinces.push({ slug: province.slug, name: province.name })
    }
  }
  for (const province of geo.provinces) {
    const former = province.former_names.find(startsWord)
    if (former && !provinces.some((p) => p.slug === province.slug)) provinces.push({ slug: province.slug, name: province.name, former_name: former })
  }

  return {
    q,
    products: (products as Doc[]).slice(0, SUGGESTED_PRODUCTS).map((d) => {
      const hit = toHit(d, at)
      return { handle: hit.handle, title: hit.title, thumbnail: hit.thumbnail, price: hit.price, stars: hit.stars }
    }),
    provinces: provinces.slice(0, 5),
    groups: categories
      .filter((c) => startsWord(c.name))
      .slice(0, 5)
      .map((c) => ({ handle: c.handle, name: c.name })),
  }
}
