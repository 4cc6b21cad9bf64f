import type { SearchTypes } from "@medusajs/framework/types"
import { buildFacetQuery, mapFacetResult, normalizeFacetRequests, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { quoted } from "./storage"

type SqlFragment = { sql: string; params: unknown[] }

/**
 * One statement for a facets-only query (`take: 0`): the matching documents
 * are found once, only the fields the facets read are kept, and the count and
 * every facet are taken from that. Medusa's provider runs the count and each
 * facet as statements of their own, each finding the matches again (the full
 * text match, the filters) — four facets and a count were five passes over
 * thousands of rows per search. The facet SQL itself is the provider's
 * (buildFacetQuery), read from the kept rows instead of the table.
 */
export function countAndFacetsSql({
  table,
  plan,
  scope,
  facets,
}: {
  table: string
  plan: IndexPlan
  scope: SqlFragment | undefined
  facets: (string | SearchTypes.SearchFacetRequest)[]
}) {
  const requests = normalizeFacetRequests(facets, plan)
  const params: unknown[] = [...(scope?.params ?? [])]
  // The top-level members the facets read, under the column name the facet SQL expects. A member
  // a document lacks must stay missing, not become JSON null (an array facet cannot explode a null).
  const members = [...new Set(requests.map((r) => r.field.split(".")[0]))]
  const literal = (member: string) => `'${member.replace(/'/g, "''")}'`
  const kept = `jsonb_strip_nulls(jsonb_build_object(${members.map((m) => `${literal(m)}, "indexed"->${literal(m)}`).join(", ")}))`
  const columns = requests.map((request, i) => {
    const facet = buildFacetQuery({ table: "matched", whereSql: undefined, whereParams: [], request, plan })
    params.push(...facet.params)
    return `(SELECT coalesce(json_agg(f), '[]'::json) FROM (${facet.sql}) f) AS "f${i}"`
  })
  const sql = `
    WITH "matched" AS MATERIALIZED (
      SELECT ${kept} AS "indexed" FROM ${quoted(table)} ${scope?.sql ? `WHERE ${scope.sql}` : ""}
    )
    SELECT (SELECT count(*)::int FROM "matched") AS "count", ${columns.join(", ")}`
  const read = (row: Record<string, unknown>) => ({
    count: Number(row.count ?? 0),
    facets: Object.fromEntries(
      requests.map((request, i) => [request.field, mapFacetResult(request, (row[`f${i}`] ?? []) as Record<string, unknown>[])])
    ) as Record<string, SearchTypes.SearchFacetResult>,
  })
  return { sql, params, read }
}
