import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/framework/utils"
import type { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { jsonbPath, mapFacetResult, normalizeFacetRequests, toWhereClause, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { quoted } from "./storage"
import { sortExpression } from "./sort-indexes"

export type SearchInput = Parameters<PostgresSearchService["search"]>[0]
export type SearchAnswer = Awaited<ReturnType<PostgresSearchService["search"]>>
type FacetRequest = ReturnType<typeof normalizeFacetRequests>[number]
type Filters = Record<string, unknown>

/** Whether a query can share a pass: keyword or filters only, value and range facets, sorts on single values. */
export function canShareAPass(input: SearchInput, plan: IndexPlan) {
  const options = input.search_options ?? {}
  const facetsOk = (options.facets ?? []).every((f) => typeof f === "string" || f.type === "value" || f.type === "range")
  const orderOk = Object.keys(input.pagination?.order ?? {}).every((path) => {
    const planned = plan.fields.get(path)
    return path === "_score" || (!!planned && !planned.is_array && planned.kind !== "vector")
  })
  return (
    facetsOk &&
    orderOk &&
    !options.vector &&
    !options.typo_tolerance &&
    !options.highlight &&
    options.min_score === undefined &&
    !options.attributes_to_search_on &&
    !(options.distinct ?? (input.index as any).settings?.distinct_attribute) &&
    input.pagination?.cursor === undefined
  )
}

/** Queries that can share a pass: the same index, words and way of matching them. */
export const passKey = (input: SearchInput) =>
  JSON.stringify([input.index.physical_name, input.q?.trim() ?? "", input.search_options?.match_strategy ?? "all"])

/** The top-level filters every query sets alike, and what each query adds. */
function splitFilters(inputs: SearchInput[]) {
  const entries = inputs.map((input) => Object.entries((input.filters ?? {}) as Filters).map(([k, v]) => [k, JSON.stringify(v)] as const))
  const common = entries[0].filter(([key, value]) => entries.every((own) => own.some(([k, v]) => k === key && v === value)))
  const isCommon = (key: string) => common.some(([k]) => k === key)
  const pick = (filters: Filters, keep: (key: string) => boolean) => Object.fromEntries(Object.entries(filters).filter(([k]) => keep(k)))
  const first = (inputs[0].filters ?? {}) as Filters
  return {
    common: pick(first, isCommon),
    own: inputs.map((input) => pick((input.filters ?? {}) as Filters, (k) => !isCommon(k))),
  }
}

/**
 * A batch of searches for the same words (a page of hits, its count and
 * facets, the star facet without the star filter…) answered in one
 * statement. Medusa's provider runs every query of a batch, and every count
 * and facet of a query, as a statement of its own, each finding and ranking
 * the same matches again: a broad word ("trà", a fifth of the catalogue)
 * would be matched eight or nine times per search. Here the matches are
 * found once, with the filters every query shares; each row keeps its
 * score, one yes/no per query's own filters and the values the sorts and
 * facets read; hits, counts and facets are taken from those rows. The SQL
 * of filters, sorts and facets is the provider's, so the answers are the
 * same (search.spec compares them).
 */
export function onePassSql({
  inputs,
  table,
  plan,
  rank,
  match,
}: {
  inputs: SearchInput[]
  table: string
  plan: IndexPlan
  /** The provider's score and match fragments for these words (each pushes its own parameters). */
  rank: (params: unknown[]) => string
  match: ((params: unknown[]) => string) | undefined
}) {
  const params: unknown[] = []
  // What each row keeps besides id and score: one column per distinct expression.
  const kept = new Map<string, { sql: string; alias: string; params: unknown[] }>()
  const keep = (sql: string, own: unknown[] = []) => {
    const key = JSON.stringify([sql, own])
    if (!kept.has(key)) kept.set(key, { sql, alias: `"k${kept.size}"`, params: own })
    return kept.get(key)!.alias
  }
  const { common, own } = splitFilters(inputs)
  const commonWhere = toWhereClause(Object.keys(common).length ? (common as any) : undefined, plan)

  const queries = inputs.map((input, i) => {
    const where = toWhereClause(Object.keys(own[i]).length ? (own[i] as any) : undefined, plan)
    const flag = where?.sql ? keep(`(${where.sql})`, where.params) : "TRUE"
    const order = Object.entries(input.pagination?.order ?? {}).map(([path, direction]) => {
      const dir = direction === "ASC" ? "ASC" : "DESC"
      return `${path === "_score" ? `"score"` : keep(sortExpression(path, plan))} ${dir} NULLS LAST`
    })
    return {
      input,
      flag,
      order: order.length ? order : input.q?.trim() ? [`"score" DESC NULLS LAST`, `"id" ASC`] : [`"id" ASC`],
      facets: normalizeFacetRequests(input.search_options?.facets ?? [], plan).map((request) => {
        const exploded = request.type === "value" && plan.fields.get(request.field)!.is_array
        if (request.type === "range") return { request, exploded, column: keep(`(${jsonbPath(request.field, true)})::float8`) }
        return { request, exploded, column: keep(exploded ? jsonbPath(request.field) : jsonbPath(request.field, true)) }
      }),
    }
  })

  // The pass: the statement's text, and so its parameters, in reading order.
  const select = [`"id"`, `${rank(params)} AS "score"`]
  for (const column of kept.values()) {
    select.push(`${column.sql} AS ${column.alias}`)
    params.push(...column.params)
  }
  const conditions: string[] = []
  if (match) conditions.push(match(params))
  if (commonWhere?.sql) {
    conditions.push(`(${commonWhere.sql})`)
    params.push(...commonWhere.params)
  }

  const columns = queries.flatMap(({ input, flag, order, facets }, i) => {
    const take = input.pagination?.take ?? 20
    const out: string[] = []
    if (take > 0) {
      const qualified = order.map((o) => o.replace(/^"/, `h."`))
      out.push(`(SELECT coalesce(json_agg(json_build_object('id', h."id", 'score', h."score", 'document', t."document") ORDER BY ${qualified.join(", ")}), '[]'::json)
        FROM (SELECT * FROM "matched" WHERE ${flag} ORDER BY ${order.join(", ")} LIMIT ? OFFSET ?) h
        JOIN ${quoted(table)} t ON t."id" = h."id") AS "h${i}"`)
      params.push(take, input.pagination?.skip ?? 0)
    }
    if (input.search_options?.count !== "none") out.push(`(SELECT count(*)::int FROM "matched" WHERE ${flag}) AS "c${i}"`)
    facets.forEach((facet, j) => out.push(`(${facetSql(facet, flag, params)}) AS "f${i}_${j}"`))
    return out
  })

  const sql = `
    WITH "matched" AS MATERIALIZED (
      SELECT ${select.join(", ")} FROM ${quoted(table)} ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
    )
    SELECT ${columns.length ? columns.join(",\n") : "1"}`

  const read = (row: Record<string, any>, started: number): SearchAnswer[] =>
    queries.map(({ input, facets }, i) => {
      const options = input.search_options ?? {}
      const hits = ((row[`h${i}`] ?? []) as { id: string; score: number; document: Record<string, unknown> }[]).map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(hit.document, input.attributes_to_retrieve),
      }))
      return {
        hits,
        facets: facets.length
          ? (Object.fromEntries(facets.map(({ request }, j) => [request.field, mapFacetResult(request, row[`f${i}_${j}`] ?? [])])) as Record<
              string,
              SearchTypes.SearchFacetResult
            >)
          : undefined,
        metadata: {
          skip: input.pagination?.skip ?? 0,
          take: input.pagination?.take ?? 20,
          count: options.count === "none" ? null : Number(row[`c${i}`] ?? 0),
          query: input.q,
          processing_time_ms: Date.now() - started,
        },
      } as SearchAnswer
    })
  return { sql, params, read }
}

/** One facet over the kept rows, as the provider's buildFacetQuery counts it (rows for mapFacetResult). */
function facetSql({ request, column, exploded }: { request: FacetRequest; column: string; exploded: boolean }, flag: string, params: unknown[]) {
  if (request.type === "range") {
    const counts = (request.ranges ?? []).map((range, r) => {
      const bounds: string[] = []
      if (range.from !== undefined) {
        bounds.push(`${column} >= ?`)
        params.push(range.from)
      }
      if (range.to !== undefined) {
        bounds.push(`${column} < ?`)
        params.push(range.to)
      }
      return `COUNT(*) FILTER (WHERE ${bounds.join(" AND ") || "TRUE"})::int AS r${r}`
    })
    return `SELECT json_build_array(row_to_json(f)) FROM (SELECT ${counts.join(", ")} FROM "matched" WHERE ${flag}) f`
  }
  const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
  const prefix = request.query ? (params.push(`${request.query}%`), `AND value LIKE ?`) : ""
  params.push(request.limit ?? 10)
  return `SELECT coalesce(json_agg(f), '[]'::json) FROM (
    SELECT value, COUNT(*)::int AS count FROM (SELECT ${exploded ? `jsonb_array_elements_text(${column})` : column} AS value FROM "matched" WHERE ${flag}) v
    WHERE value IS NOT NULL ${prefix} GROUP BY value ORDER BY ${order} LIMIT ?) f`
}
