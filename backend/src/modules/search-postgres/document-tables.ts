import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { storedPlan } from "./indexed-fields"

type Execute = (sql: string, params?: unknown[]) => Promise<any[]>

/**
 * The provider's document tables and their plans, read from its catalog, for
 * migrations that bring tables written by an older version up to date. None
 * on a database where the Search Module has not run yet.
 */
export async function documentTables(execute: Execute): Promise<{ table: string; plan: IndexPlan; hasVectors: boolean }[]> {
  const [catalog] = await execute(`SELECT to_regclass('search_postgres_index') IS NOT NULL AS "exists"`)
  if (!catalog?.exists) return []
  const rows = (await execute(`SELECT table_name, plan FROM search_postgres_index`)) as { table_name: string; plan: any }[]
  return rows.map(({ table_name, plan }) => {
    const stored = typeof plan === "string" ? JSON.parse(plan) : plan
    return { table: table_name, plan: storedPlan(stored), hasVectors: !!stored.vectors?.length }
  })
}
