import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { storedPlan } from "../../search-postgres/indexed-fields"
import { sortIndexSql } from "../../search-postgres/sort-indexes"
import { quoted } from "../../search-postgres/storage"
import { WORDLESS_SORTS } from "../../../lib/ocop-search/sort-orders"

/**
 * Gives the PostgreSQL search provider's existing document tables the sort
 * indexes new tables get (src/modules/search-postgres/sort-indexes.ts, the
 * orders medusa-config passes the provider), so a shop upgraded in place
 * finds popular products without reading its whole catalogue. Nothing to do
 * on a new database.
 */
export class Migration20261206180000 extends Migration {
  override async up(): Promise<void> {
    const [catalog] = await this.execute(`SELECT to_regclass('search_postgres_index') IS NOT NULL AS "exists"`)
    if (!catalog?.exists) return
    const indexes = (await this.execute(`SELECT table_name, plan FROM search_postgres_index`)) as { table_name: string; plan: any }[]
    for (const { table_name, plan } of indexes) {
      const stored = storedPlan(typeof plan === "string" ? JSON.parse(plan) : plan)
      for (const sql of sortIndexSql(table_name, stored, WORDLESS_SORTS)) this.addSql(sql)
      this.addSql(`ANALYZE ${quoted(table_name)}`)
    }
  }

  override async down(): Promise<void> {
    // Indexes only: nothing reads them but the planner.
  }
}
