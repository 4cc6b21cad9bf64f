import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { indexedPaths, keepIndexedInTable } from "../../search-postgres/indexed-fields"
import { documentTables } from "../../search-postgres/document-tables"
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
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params as any[])
    for (const { table, plan, hasVectors } of await documentTables(execute)) {
      if (hasVectors) continue
      await keepIndexedInTable(execute, table, indexedPaths(plan))
      // Statistics on the slimmer column let the planner see how selective each filter is.
      this.addSql(`ANALYZE ${quoted(table)}`)
    }
  }

  override async down(): Promise<void> {
    // The dropped members were never read.
  }
}
