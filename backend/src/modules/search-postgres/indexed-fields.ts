import { isFacetable, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { quoted } from "./storage"

/**
 * What a document table's `indexed` column keeps: the fields filters, sorts
 * and facets read, nothing else. Medusa's provider copies every field of a
 * document into it, texts included (a product's description, its words
 * without diacritics, synonyms, certificate addresses: 1.8 kB of a product's
 * 2 kB), though hits are read from `document` and words from
 * `search_vector`. Kept to what is read, each matching row costs less to
 * visit, and PostgreSQL keeps statistics on the column again (it leaves
 * values over 1 kB out of them): it then knows a sales channel filter
 * matches nearly every product and stops scanning the whole index for it.
 * (The index's distinct attribute is read too, so it is kept.)
 */
export function indexedPaths(plan: IndexPlan, distinctAttribute?: string): string[] {
  return [...plan.fields.values()]
    .filter(({ path, field }) => [plan.primary_key, distinctAttribute].includes(path) || field.filterable || field.sortable || isFacetable(field))
    .map(({ path }) => path)
}

/** `indexed` with only the given dotted paths; objects in arrays keep their own kept members. */
export function keepIndexed(indexed: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  return (pick(indexed, paths.map((p) => p.split("."))) ?? {}) as Record<string, unknown>
}

function pick(value: unknown, paths: string[][]): unknown {
  if (paths.some((p) => p.length === 0)) return value
  if (Array.isArray(value)) return value.map((item) => pick(item, paths)).filter((item) => item !== undefined)
  if (value === null || typeof value !== "object") return undefined
  const kept: Record<string, unknown> = {}
  for (const key of new Set(paths.map((p) => p[0]))) {
    if (!(key in value)) continue
    const child = pick((value as Record<string, unknown>)[key], paths.filter((p) => p[0] === key).map((p) => p.slice(1)))
    if (child !== undefined) kept[key] = child
  }
  return Object.keys(kept).length ? kept : undefined
}

type Execute = (sql: string, params?: unknown[]) => Promise<any[]>

/** Rewrites a document table's rows written before: `indexed` keeps only `kept` (batches of 500, in id order). */
export async function keepIndexedInTable(execute: Execute, table: string, kept: string[]) {
  let rewritten = 0
  for (let after = ""; ; ) {
    const rows = (await execute(`SELECT "id", "indexed" FROM ${quoted(table)} WHERE "id" > ? ORDER BY "id" LIMIT 500`, [after])) as {
      id: string
      indexed: Record<string, unknown>
    }[]
    if (!rows.length) return rewritten
    const slimmer = rows
      .map(({ id, indexed }) => ({ id, before: JSON.stringify(indexed), after: JSON.stringify(keepIndexed(indexed, kept)) }))
      .filter((row) => row.after.length < row.before.length)
    if (slimmer.length) {
      await execute(
        `UPDATE ${quoted(table)} AS t SET "indexed" = v.indexed::jsonb FROM (VALUES ${slimmer.map(() => "(?, ?)").join(", ")}) AS v(id, indexed) WHERE t."id" = v.id`,
        slimmer.flatMap((row) => [row.id, row.after])
      )
      rewritten += slimmer.length
    }
    after = rows[rows.length - 1].id
  }
}

/** The plan as the provider's catalog stores it (search_postgres_index.plan). */
export const storedPlan = (stored: any): IndexPlan => ({ ...stored, fields: new Map(stored.fields.map((f: any) => [f.path, f])) })
