import type { SearchTypes } from "@medusajs/framework/types"
import type { MultiSearchResult } from "meilisearch" with { "resolution-mode": "import" }
import { foldVietnamese } from "../../utils/fold-vietnamese"
import { fromMeilisearchHit } from "./document"
import { invalid, unsupported } from "./errors"
import type { PlannedField } from "./fields"
import type { RangeFacet, SearchPlan, StatsFacet, ValueFacet } from "./query"

type Response = MultiSearchResult<Record<string, unknown>>
type Distribution = Record<string, number>

/** An exhaustive count, refused when it reached `maxTotalHits` and may be short. */
function exhaustiveCount(response: Response | undefined, plan: SearchPlan, what: string): number {
  const total = response?.totalHits ?? response?.estimatedTotalHits
  if (typeof total !== "number") invalid(`Meilisearch returned no count for ${what}`)
  if (total >= plan.maxTotalHits) {
    unsupported(
      `${what} reached ${plan.maxTotalHits} documents, the provider's maxTotalHits, so the exact number is unknown; raise maxTotalHits`
    )
  }
  return total
}

/** Whether Meilisearch returned every distinct value, not only the most frequent `maxValuesPerFacet`. */
const isComplete = (distribution: Distribution, plan: SearchPlan) => Object.keys(distribution).length < plan.maxValuesPerFacet

function facetValue(raw: string, field: PlannedField): string {
  if (field.type === "date" && /^-?\d+(\.\d+)?$/.test(raw)) return new Date(Number(raw)).toISOString()
  return raw
}

/** A facet value matches a facet query when one of its words starts with it, ignoring case and diacritics. */
export function matchesFacetQuery(value: string, query: string): boolean {
  const needle = foldVietnamese(query)
  if (!needle) return true
  const haystack = foldVietnamese(value)
  return haystack.startsWith(needle) || haystack.includes(` ${needle}`)
}

function valueFacet(facet: ValueFacet, main: Response, plan: SearchPlan): SearchTypes.SearchFacetResult {
  const distribution: Distribution = main.facetDistribution?.[facet.field.path] ?? {}
  let values = Object.entries(distribution).map(([value, count]) => ({ value: facetValue(value, facet.field), count: Number(count) }))
  if ((facet.query !== undefined || facet.sort === "alpha") && !isComplete(distribution, plan)) {
    unsupported(
      `facet "${facet.field.path}" has more distinct values than the provider's maxValuesPerFacet (${plan.maxValuesPerFacet}), ` +
        `so it can only return the most frequent ones, not filtered or in alphabetical order; raise maxValuesPerFacet`
    )
  }
  if (facet.query !== undefined) values = values.filter(({ value }) => matchesFacetQuery(value, facet.query!))
  values.sort(
    facet.sort === "alpha"
      ? (a, b) => a.value.localeCompare(b.value, "vi")
      : (a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi")
  )
  return { type: "value", values: values.slice(0, facet.limit) }
}

/** Numeric (value, count) pairs of a complete distribution, for exact sums and range counts without a count query. */
function numericDistribution(main: Response, field: PlannedField, plan: SearchPlan): [number, number][] | undefined {
  const distribution: Distribution | undefined = main.facetDistribution?.[field.path]
  if (!distribution || !isComplete(distribution, plan)) return undefined
  return Object.entries(distribution)
    .map(([value, count]) => [Number(value), Number(count)] as [number, number])
    .filter(([value]) => Number.isFinite(value))
}

function rangeFacet(facet: RangeFacet, main: Response, responses: Response[], plan: SearchPlan): SearchTypes.SearchFacetResult {
  const slots = plan.rangeSlots.get(facet.field.path) ?? []
  return {
    type: "range",
    ranges: facet.ranges.map((range, index) => {
      const response = responses[slots[index]]
      const total = response?.totalHits ?? response?.estimatedTotalHits
      let count: number
      if (typeof total === "number" && total < plan.maxTotalHits) {
        count = total
      } else {
        // The count query stops at maxTotalHits; a complete value distribution still counts exactly.
        const pairs = numericDistribution(main, facet.field, plan)
        if (!pairs) count = exhaustiveCount(response, plan, `range "${range.key}" of facet "${facet.field.path}"`)
        else {
          count = pairs
            .filter(([value]) => (range.lower === undefined || value >= range.lower) && (range.upper === undefined || value < range.upper))
            .reduce((sum, [, n]) => sum + n, 0)
        }
      }
      return { key: range.key, from: range.from, to: range.to, count }
    }),
  }
}

function statsFacet(facet: StatsFacet, main: Response, responses: Response[], plan: SearchPlan): SearchTypes.SearchFacetResult {
  const stats = main.facetStats?.[facet.field.path]
  const count = exhaustiveCount(plan.countSlot === undefined ? undefined : responses[plan.countSlot], plan, `the documents of stats facet "${facet.field.path}"`)
  const result: SearchTypes.SearchFacetResult = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count }
  // Sum and average need every value; Meilisearch only reports min and max, so they come from a complete distribution.
  const pairs = facet.field.type === "date" ? undefined : numericDistribution(main, facet.field, plan)
  if (pairs?.length) {
    const withValue = pairs.reduce((sum, [, n]) => sum + n, 0)
    const sum = pairs.reduce((total, [value, n]) => total + value * n, 0)
    result.sum = sum
    result.avg = sum / withValue
  }
  return result
}

function collectStrings(value: unknown, into: string[]) {
  if (typeof value === "string") into.push(value)
  else if (Array.isArray(value)) for (const entry of value) collectStrings(entry, into)
}

function readPath(source: unknown, path: string): unknown {
  let current: unknown[] = [source]
  for (const segment of path.split(".")) {
    current = current.flatMap((value) => {
      if (Array.isArray(value)) return value.map((entry) => (entry && typeof entry === "object" ? (entry as Record<string, unknown>)[segment] : undefined))
      return value && typeof value === "object" ? [(value as Record<string, unknown>)[segment]] : []
    })
  }
  return current.flat(Infinity).filter((value) => value !== undefined && value !== null)
}

function highlights(hit: Record<string, unknown>, plan: SearchPlan): Record<string, string[]> | undefined {
  const formatted = hit._formatted
  if (!plan.highlight || !formatted) return undefined
  const out: Record<string, string[]> = {}
  for (const path of plan.highlight.fields) {
    const strings: string[] = []
    collectStrings(readPath(formatted, path), strings)
    const matched = strings.filter((text) => text.includes(plan.highlight!.preTag))
    if (matched.length) out[path] = matched
  }
  return Object.keys(out).length ? out : undefined
}

/**
 * Reads the Meilisearch responses of one planned search back into the Search
 * Module's result: hits keyed by the primary key, the count the caller asked
 * for (`estimatedTotalHits`, an exhaustive `totalHits`, or `null`), and the
 * facets in the module's format — value, range and stats.
 */
export function assembleResult(plan: SearchPlan, responses: Response[]): SearchTypes.SearchResult {
  const main = responses[0]
  if (!main) invalid("Meilisearch returned no result for the query")
  const { primaryKey } = plan.plan

  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const facet of plan.facets) {
    facets[facet.field.path] =
      facet.type === "value"
        ? valueFacet(facet, main, plan)
        : facet.type === "range"
          ? rangeFacet(facet, main, responses, plan)
          : statsFacet(facet, main, responses, plan)
  }

  let count: number | null = null
  if (plan.count === "exact") count = exhaustiveCount(plan.countSlot === undefined ? undefined : responses[plan.countSlot], plan, "the search")
  else if (plan.count !== "none") count = main.estimatedTotalHits ?? main.totalHits ?? null

  return {
    hits: (main.hits ?? []).map((hit) => ({
      id: String(hit[primaryKey]),
      ...(plan.includeScore && typeof hit._rankingScore === "number" ? { score: hit._rankingScore } : {}),
      document: fromMeilisearchHit(hit, plan.plan, plan.attributes),
      ...(plan.highlight ? { highlights: highlights(hit, plan) } : {}),
    })),
    ...(plan.facets.length ? { facets } : {}),
    metadata: {
      skip: plan.skip,
      take: plan.take,
      count,
      ...(plan.q !== undefined ? { query: plan.q } : {}),
      processing_time_ms: main.processingTimeMs,
    },
  }
}
