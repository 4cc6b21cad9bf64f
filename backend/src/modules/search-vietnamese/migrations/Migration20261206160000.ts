import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { indexedPaths, keepIndexedInTable, storedPlan } from "../../search-postgres/indexed-fields"
import { quoted } from "../../search-postgres/storage"

/**
 * Rewrites the `indexed` column of the PostgreSQL search provider's existing
 * document tables the way new writes store it (src/modules/search-postgres/
 * indexed-fields.ts: only what filters, sorts and facets read), so a shop
 * upgraded in place searches as fast as a fresh one without
 * `npm run search:rebuild`. Nothing to do on a new database. Tables with
 * vector fields are written Medusa's way and left as they are.
 */
export class Migration20261206160000 extends Migration {
  override async up(): Promise<void> {
    const [catalog] = await this.execute(`SELECT to_regclass('search_postgres_index') IS NOT NULL AS "exists"`)
    if (!catalog?.exists) return
    const indexes = (await this.execute(`SELECT table_name, plan FROM search_postgres_index`)) as { table_name: string; plan: any }[]
    for (const { table_name, plan } of indexes) {
      const stored = typeof plan === "string" ? JSON.parse(plan) : plan
      if (stored.vectors?.length) continue
      await keepIndexedInTable((sql, params) => this.execute(sql, params), table_name, indexedPaths(storedPlan(stored)))
      // Statistics on the slimmer column let the planner see how selective each filter is.
      this.addSql(`ANALYZE ${quoted(table_name)}`)
    }
  }

  override async down(): Promise<void> {
    // The dropped members were never read.
  }
}
