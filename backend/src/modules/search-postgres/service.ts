import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { catalogueChanged } from "../../lib/catalogue-cache/generation"
import { inlineStorageSql } from "./storage"

type DbManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Logger = { warn: (message: string) => void }

/**
 * Medusa's PostgreSQL search provider with two additions: it reports every
 * committed write to the index, so cached search answers
 * (lib/catalogue-cache) are dropped the moment they go stale; and its document
 * tables keep the filter fields inline and uncompressed (./storage.ts).
 */
export class OcopPostgresSearchService extends PostgresSearchService {
  // The physical table each index was last read from: a rebuild swaps in a new one without writing to it again.
  private readFrom = new Map<string, string>()

  async search(input: Parameters<PostgresSearchService["search"]>[0]) {
    const { name, physical_name } = input.index as { name: string; physical_name: string }
    if (this.readFrom.get(name) !== physical_name) {
      if (this.readFrom.has(name)) await this.changed(undefined)
      this.readFrom.set(name, physical_name)
    }
    return super.search(input)
  }

  // Every new table (a new index or a rebuild) gets the layout before its first row.
  protected async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager) {
    await super.createDocumentTable(table, plan, manager)
    for (const sql of inlineStorageSql(table)) await manager.execute(sql)
  }

  async upsertIndex(...args: Parameters<PostgresSearchService["upsertIndex"]>) {
    return this.changed(await super.upsertIndex(...args))
  }

  async deleteIndex(...args: Parameters<PostgresSearchService["deleteIndex"]>) {
    return this.changed(await super.deleteIndex(...args))
  }

  async upsertDocuments(...args: Parameters<PostgresSearchService["upsertDocuments"]>) {
    return this.changed(await super.upsertDocuments(...args))
  }

  async deleteDocuments(...args: Parameters<PostgresSearchService["deleteDocuments"]>) {
    return this.changed(await super.deleteDocuments(...args))
  }

  async clearIndex(...args: Parameters<PostgresSearchService["clearIndex"]>) {
    return this.changed(await super.clearIndex(...args))
  }

  private async changed<T>(result: T): Promise<T> {
    // The write has committed either way; a failed notice only lets answers live out their time.
    await catalogueChanged().catch((error: Error) =>
      ((this as any).logger_ as Logger | undefined)?.warn(`Search: could not mark cached answers stale: ${error.message}`)
    )
    return result
  }
}
