import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { inlineStorageSql, restoreRowsSql } from "../../search-postgres/storage"

/**
 * Gives the PostgreSQL search provider's existing document tables the storage
 * layout new ones get (src/modules/search-postgres/storage.ts: filter fields
 * inline and uncompressed) and rewrites their rows once, so a shop upgraded in
 * place searches as fast as a fresh one without `npm run search:rebuild`.
 * Nothing to do on a new database: the provider's tables come later.
 */
export class Migration20261206080000 extends Migration {
  override async up(): Promise<void> {
    const [catalog] = await this.execute(`SELECT to_regclass('search_postgres_index') IS NOT NULL AS "exists"`)
    if (!catalog?.exists) return
    const tables = await this.execute(`
      SELECT DISTINCT c.table_name FROM search_postgres_index c
      JOIN pg_attribute a ON a.attrelid = to_regclass(quote_ident(c.table_name)) AND a.attname = 'indexed'
      WHERE a.attstorage <> 'm'
    `)
    for (const { table_name } of tables as { table_name: string }[]) {
      for (const sql of [...inlineStorageSql(table_name), restoreRowsSql(table_name)]) this.addSql(sql)
    }
  }

  override async down(): Promise<void> {
    // The layout is only faster; the provider reads either.
  }
}
