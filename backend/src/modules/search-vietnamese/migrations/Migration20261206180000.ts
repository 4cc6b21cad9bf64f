import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { documentTables } from "../../search-postgres/document-tables"
import { sortIndexSql } from "../../search-postgres/sort-indexes"
import { quoted } from "../../search-postgres/storage"
import { INDEXED_SORTS } from "../../../lib/ocop-search/sort-orders"

/**
 * Gives the PostgreSQL search provider's existing document tables the sort
 * indexes new tables get (src/modules/search-postgres/sort-indexes.ts, the
 * orders medusa-config passes the provider), so a shop upgraded in place
 * finds popular products without reading its whole catalogue. Nothing to do
 * on a new database.
 */
export class Migration20261206180000 extends Migration {
  override async up(): Promise<void> {
    for (const { table, plan } of await documentTables((sql, params) => this.execute(sql, params))) {
      for (const sql of sortIndexSql(table, plan, INDEXED_SORTS)) this.addSql(sql)
      this.addSql(`ANALYZE ${quoted(table)}`)
    }
  }

  override async down(): Promise<void> {
    // Indexes only: nothing reads them but the planner.
  }
}
