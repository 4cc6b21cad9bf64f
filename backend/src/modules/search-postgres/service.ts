import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { assertQuerySupported, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { catalogueChanged } from "../../lib/catalogue-cache/generation"
import { inlineStorageSql } from "./storage"
import { countAndFacetsSql } from "./facets-in-one-pass"

type SearchInput = Parameters<PostgresSearchService["search"]>[0]
type DbManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Logger = { warn: (message: string) => void }

/**
 * Medusa's PostgreSQL search provider with three additions: it reports every
 * committed write to the index, so cached search answers
 * (lib/catalogue-cache) are dropped the moment they go stale; its document
 * tables keep the filter fields inline and uncompressed (./storage.ts); and a
 * facets-only query is answered in one pass (./facets-in-one-pass.ts).
 */
export class OcopPostgresSearchService extends PostgresSearchService {
  // The physical table each index was last read from: a rebuild swaps in a new one without writing to it again.
  private readFrom = new Map<string, string>()

  async search(input: SearchInput) {
    const { name, physical_name } = input.index as { name: string; physical_name: string }
    if (this.readFrom.get(name) !== physical_name) {
      if (this.readFrom.has(name)) await this.changed(undefined)
      this.readFrom.set(name, physical_name)
    }
    if (this.isFacetsOnly(input)) return this.countAndFacets(input)
    return super.search(input)
  }

  /** A keyword or filter query for a count and facets, without hits or the options that need Medusa's own path. */
  private isFacetsOnly(input: SearchInput) {
    const options = input.search_options ?? {}
    return (
      input.pagination?.take === 0 &&
      !!options.facets?.length &&
      !options.vector &&
      options.min_score === undefined &&
      !options.attributes_to_search_on &&
      !(options.distinct ?? (input.index as any).settings?.distinct_attribute)
    )
  }

  private async countAndFacets(input: SearchInput): ReturnType<PostgresSearchService["search"]> {
    assertQuerySupported(input, (this as any).engine_)
    const started = Date.now()
    const catalog = await this.retrieve(input.index.physical_name)
    const q = input.q?.trim()
    if (q && !catalog.plan.searchable.length) return super.search(input)
    const options = input.search_options ?? {}
    const scope = this.buildFacetScope({ input, catalog, useKeyword: !!q, useVector: false })
    const { sql, params, read } = countAndFacetsSql({ table: catalog.table_name, plan: catalog.plan, scope, facets: options.facets! })
    const [row] = await ((this as any).manager_ as DbManager).execute(sql, params)
    const { count, facets } = read(row ?? {})
    return {
      hits: [],
      facets,
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: 0,
        count: options.count === "none" ? null : count,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
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
