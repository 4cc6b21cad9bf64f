import type { SearchTypes } from "@medusajs/framework/types"
import type { MultiSearchQuery } from "meilisearch" with { "resolution-mode": "import" }
import { toEpochMs } from "./document"
import { invalid, unsupported } from "./errors"
import { requireField, type IndexPlan, type PlannedField } from "./fields"
import { andFilters, compileFilters, formatAttribute } from "./filters"
import { DEFAULT_FACET_LIMIT, DEFAULT_TAKE, MEILISEARCH_PROVIDER_IDENTIFIER } from "./types"

export type ValueFacet = { type: "value"; field: PlannedField; limit: number; sort: "count" | "alpha"; query?: string }
export type RangeBucket = { key: string; from?: number | string; to?: number | string; lower?: number; upper?: number }
export type RangeFacet = { type: "range"; field: PlannedField; ranges: RangeBucket[] }
export type StatsFacet = { type: "stats"; field: PlannedField }
export type PlannedFacet = ValueFacet | RangeFacet | StatsFacet

export interface HighlightPlan {
  fields: string[]
  preTag: string
  postTag: string
}

/** One Search Module query as the Meilisearch multi-search queries answering it, and how to read them back. */
export interface SearchPlan {
  plan: IndexPlan
  queries: MultiSearchQuery[]
  /** Slot of the query giving an exhaustive count (`count: "exact"` and stats facets). */
  countSlot?: number
  /** Slot of the count query of each range bucket, by facet field then bucket. */
  rangeSlots: Map<string, number[]>
  facets: PlannedFacet[]
  skip: number
  take: number
  count: SearchTypes.SearchCountStrategy
  q?: string
  highlight?: HighlightPlan
  attributes: string[]
  includeScore: boolean
  maxTotalHits: number
  maxValuesPerFacet: number
}

export interface QueryOptions {
  /** The Meilisearch uid of the index (physical name plus the provider's prefix). */
  indexUid: string
  maxTotalHits: number
  maxValuesPerFacet: number
}

/**
 * The free text as Meilisearch should read it. Quotes (phrase search) and a
 * leading "-" (negation) are Meilisearch operators, not text on the other
 * providers, so they are neutralised: "Bà Rịa - Vũng Tàu" and "-Vũng" are plain
 * words. Meilisearch always reads the last word as a prefix unless the query
 * ends with a space, which is how `all` (complete words only) differs from
 * `last` (typeahead).
 */
export function prepareQueryText(q: string | undefined, strategy: "all" | "last"): string | undefined {
  if (q === undefined || q === null) return undefined
  const text = String(q)
    .replace(/"/g, " ")
    .replace(/(^|\s)-+(?=\S)/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
  if (!text) return undefined
  return strategy === "all" ? `${text} ` : text
}

function matchStrategy(options: SearchTypes.SearchOptions): "all" | "last" {
  const strategy = options.match_strategy ?? "all"
  if (strategy === "all" || strategy === "last") return strategy
  if (strategy === "any") {
    unsupported(
      `match_strategy "any" cannot be expressed: Meilisearch's strategies (all, last, frequency) always keep the first or the rarest ` +
        `query word, so a document matching only another word would be missing; use "all" or "last"`
    )
  }
  return invalid(`unknown match_strategy "${strategy}"`)
}

function buildSort(order: Record<string, SearchTypes.SearchOrderBy> | undefined, plan: IndexPlan): string[] {
  const entries = Object.entries(order ?? {})
  const sort: string[] = []
  entries.forEach(([path, direction], position) => {
    if (direction !== "ASC" && direction !== "DESC") invalid(`pagination.order.${path} must be "ASC" or "DESC"`)
    if (path === "_score") {
      if (direction === "ASC") unsupported("Meilisearch ranks by descending relevance and cannot order by _score ASC")
      if (position !== entries.length - 1) {
        unsupported("relevance (_score) can only come last in pagination.order: the fields named are a hard order, relevance breaks ties")
      }
      return
    }
    const field = requireField(plan, path, "pagination.order")
    if (!field.sortable) unsupported(`"${path}" is not sortable on index "${plan.name}"`)
    if (field.isArray) unsupported(`cannot sort by the array field "${path}"`)
    sort.push(`${path}:${direction.toLowerCase()}`)
  })
  return sort
}

function rangeBound(value: number | string | undefined, field: PlannedField, facet: string): number | undefined {
  if (value === undefined || value === null) return undefined
  const number = field.type === "date" ? toEpochMs(value) : typeof value === "number" ? value : Number(value)
  if (number === undefined || !Number.isFinite(number)) invalid(`range facet "${facet}" has the bound ${JSON.stringify(value)}, which is not a ${field.type}`)
  return number
}

function planFacets(requests: SearchTypes.SearchOptions["facets"], plan: IndexPlan, maxValuesPerFacet: number): PlannedFacet[] {
  return (requests ?? []).map((raw) => {
    const request: SearchTypes.SearchFacetRequest = typeof raw === "string" ? { field: raw, type: "value" } : raw
    const field = requireField(plan, request.field, "search_options.facets")
    const kind = request.type ?? "value"
    if (!field.facetKinds.includes(kind)) unsupported(`"${request.field}" does not allow ${kind} facets on index "${plan.name}"`)
    if (request.type === "range" || request.type === "stats") {
      if (!field.numeric) invalid(`${request.type} facets need a number or date field ("${request.field}")`)
      if (field.isArray) unsupported(`${request.type} facets on the array field "${request.field}" are not supported`)
    }
    if (request.type === "stats") return { type: "stats", field }
    if (request.type === "range") {
      if (!Array.isArray(request.ranges) || !request.ranges.length) invalid(`range facet "${request.field}" needs ranges`)
      return {
        type: "range",
        field,
        ranges: request.ranges.map((range) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: range.from,
          to: range.to,
          lower: rangeBound(range.from, field, request.field),
          upper: rangeBound(range.to, field, request.field),
        })),
      }
    }
    // An explicit limit above what Meilisearch returns is refused; the implicit default is kept within it.
    const limit = request.limit ?? Math.min(DEFAULT_FACET_LIMIT, maxValuesPerFacet)
    if (!Number.isInteger(limit) || limit < 1) invalid(`the limit of facet "${request.field}" must be a positive whole number`)
    if (limit > maxValuesPerFacet) {
      unsupported(`facet "${request.field}" asks for ${limit} values, more than the provider's maxValuesPerFacet (${maxValuesPerFacet})`)
    }
    return { type: "value", field, limit, sort: request.sort === "alpha" ? "alpha" : "count", query: request.query || undefined }
  })
}

function planHighlight(options: SearchTypes.SearchOptions, q: string | undefined, plan: IndexPlan, searchOn: string[]): HighlightPlan | undefined {
  const highlight = options.highlight
  if (!highlight || !q) return undefined
  const fields = highlight === true ? searchOn : highlight.fields
  if (!fields?.length) invalid("search_options.highlight needs at least one field")
  for (const path of fields) {
    if (!requireField(plan, path, "search_options.highlight").searchable) unsupported(`cannot highlight "${path}", which is not searchable`)
  }
  return {
    fields,
    preTag: (highlight !== true && highlight.pre_tag) || "<mark>",
    postTag: (highlight !== true && highlight.post_tag) || "</mark>",
  }
}

/**
 * Translates one Search Module query into Meilisearch multi-search queries:
 * the main search (hits, value distributions, facet stats), then when needed an
 * exhaustive count (`count: "exact"`, stats facets) and one count per range
 * bucket. What Meilisearch cannot answer exactly is refused here, before any
 * request: cursor pagination, vector search, `match_strategy: "any"`, turning
 * off typo tolerance per query, paging past `maxTotalHits`, ordering by
 * relevance other than last and descending.
 */
export function planSearch(input: SearchTypes.ProviderSearchQuery, plan: IndexPlan, options: QueryOptions): SearchPlan {
  const searchOptions = input.search_options ?? {}
  const pagination = input.pagination ?? {}

  if (pagination.cursor !== undefined) unsupported("cursor pagination is not supported; use skip and take")
  if (searchOptions.vector) unsupported("vector and hybrid search are not supported by this provider")

  const skip = pagination.skip ?? 0
  const take = pagination.take ?? DEFAULT_TAKE
  if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(take) || take < 0) invalid("skip and take must be whole numbers, 0 or more")
  if (skip + take > options.maxTotalHits) {
    unsupported(`skip + take (${skip + take}) goes past the ${options.maxTotalHits} results Meilisearch serves (the provider's maxTotalHits)`)
  }

  const strategy = matchStrategy(searchOptions)
  const q = prepareQueryText(input.q, strategy)
  const typoEnabled = input.index.settings?.typo_tolerance?.enabled !== false
  if (searchOptions.typo_tolerance === false && typoEnabled && q) {
    unsupported(`typo tolerance is set per index on Meilisearch; turn it off in settings.typo_tolerance of index "${plan.name}" instead`)
  }

  const searchable = [...plan.fields.values()].filter((field) => field.searchable).map((field) => field.path)
  if (q && !searchable.length) invalid(`index "${plan.name}" has no searchable fields, so it cannot be queried by text`)
  const searchOn = searchOptions.attributes_to_search_on
  for (const path of searchOn ?? []) {
    if (!requireField(plan, path, "search_options.attributes_to_search_on").searchable) {
      invalid(`"${path}" is not searchable on index "${plan.name}"`)
    }
  }

  const filter = compileFilters(input.filters, { primaryKey: plan.primaryKey, fields: plan.fields, objects: plan.objects, indexName: plan.name })
  const sort = buildSort(pagination.order, plan)
  const facets = planFacets(searchOptions.facets, plan, options.maxValuesPerFacet)
  const highlight = planHighlight(searchOptions, q, plan, searchOn ?? searchable)

  if (searchOptions.min_score !== undefined && !(searchOptions.min_score >= 0 && searchOptions.min_score <= 1)) {
    invalid("search_options.min_score must be between 0 and 1 on Meilisearch (its ranking scores run from 0 to 1)")
  }

  let distinct: string | undefined
  if (searchOptions.distinct !== undefined) {
    const field = requireField(plan, searchOptions.distinct, "search_options.distinct")
    if (field.isArray) unsupported(`cannot deduplicate by the array field "${field.path}"`)
    if (searchOptions.distinct !== input.index.settings?.distinct_attribute) {
      if (!field.filterable && !field.facetKinds.length && field.path !== plan.primaryKey) {
        unsupported(`Meilisearch can only deduplicate a query by a filterable field, and "${field.path}" is not`)
      }
      distinct = field.path
    }
  }

  const locales = searchOptions.locales?.map((locale) => {
    const language = String(locale).split(/[-_]/)[0].toLowerCase()
    if (!/^[a-z]{2,3}$/.test(language)) invalid(`"${locale}" is not a language tag`)
    return language
  })

  // Shared by every query of this search, so counts describe the same matches as the hits.
  const matching: Partial<MultiSearchQuery> = {
    ...(q ? { q, matchingStrategy: "all" as const } : {}),
    ...(searchOn ? { attributesToSearchOn: [...searchOn] } : {}),
    ...(distinct ? { distinct } : {}),
    ...(searchOptions.min_score !== undefined ? { rankingScoreThreshold: searchOptions.min_score } : {}),
    ...(locales?.length ? { locales } : {}),
  }

  const facetFields = [...new Set(facets.map((facet) => facet.field.path))]
  const main: MultiSearchQuery = {
    indexUid: options.indexUid,
    ...matching,
    offset: skip,
    limit: take,
    attributesToRetrieve: [...new Set([plan.primaryKey, ...input.attributes_to_retrieve])],
    ...(filter ? { filter } : {}),
    ...(sort.length ? { sort } : {}),
    ...(facetFields.length ? { facets: facetFields } : {}),
    ...(searchOptions.include_score ? { showRankingScore: true } : {}),
    ...(highlight
      ? {
          attributesToHighlight: highlight.fields,
          highlightPreTag: highlight.preTag,
          highlightPostTag: highlight.postTag,
        }
      : {}),
  }
  const snippet = searchOptions.highlight && searchOptions.highlight !== true ? searchOptions.highlight.snippet : undefined
  if (highlight && snippet) {
    main.attributesToCrop = highlight.fields
    if (typeof snippet === "object") main.cropLength = snippet.length
  }
  const raw = searchOptions.provider_options?.[MEILISEARCH_PROVIDER_IDENTIFIER]
  if (raw) {
    // The escape hatch the Search Module defines: raw Meilisearch search parameters, applied last.
    const { indexUid: _ignored, ...params } = raw as Record<string, unknown>
    Object.assign(main, params)
  }

  const queries: MultiSearchQuery[] = [main]
  const countQuery = (extra?: string): MultiSearchQuery => {
    const countFilter = andFilters(filter, extra)
    return {
      indexUid: options.indexUid,
      ...matching,
      page: 1,
      hitsPerPage: 0,
      attributesToRetrieve: [plan.primaryKey],
      ...(countFilter ? { filter: countFilter } : {}),
    }
  }

  const count = searchOptions.count ?? "estimated"
  let countSlot: number | undefined
  if (count === "exact" || facets.some((facet) => facet.type === "stats")) {
    countSlot = queries.push(countQuery()) - 1
  }

  const rangeSlots = new Map<string, number[]>()
  for (const facet of facets) {
    if (facet.type !== "range") continue
    const attribute = formatAttribute(facet.field.path)
    rangeSlots.set(
      facet.field.path,
      facet.ranges.map((range) => {
        const bounds = [
          range.lower !== undefined ? `${attribute} >= ${range.lower}` : undefined,
          range.upper !== undefined ? `${attribute} < ${range.upper}` : undefined,
        ].filter(Boolean) as string[]
        return queries.push(countQuery(bounds.length ? bounds.join(" AND ") : undefined)) - 1
      })
    )
  }

  return {
    plan,
    queries,
    countSlot,
    rangeSlots,
    facets,
    skip,
    take,
    count,
    q: input.q,
    highlight,
    attributes: input.attributes_to_retrieve,
    includeScore: !!searchOptions.include_score,
    maxTotalHits: options.maxTotalHits,
    maxValuesPerFacet: options.maxValuesPerFacet,
  }
}
