import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { assertQuerySupported, projectIndexedDocument, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { catalogueChanged } from "../../lib/catalogue-cache/generation"
import { inlineStorageSql, quoted } from "./storage"
import { indexedPaths, keepIndexed } from "./indexed-fields"
import { sortIndexSql, type SortOrder } from "./sort-indexes"
import { canShareAPass, onePassSql, passKey, type SearchAnswer, type SearchInput } from "./one-pass"

type DbManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Logger = { warn: (message: string) => void }

// Rows per INSERT, as Medusa's provider writes them.
const UPSERT_CHUNK_SIZE = 200

/**
 * Medusa's PostgreSQL search provider with five additions: it reports every
 * committed change to the index, so cached search answers
 * (lib/catalogue-cache) are dropped the moment they go stale; its document
 * tables keep the filter fields inline and uncompressed (./storage.ts), and
 * only those in `indexed` (./indexed-fields.ts); they are indexed for the
 * sorts a query without words runs on its own, such as popular products
 * (./sort-indexes.ts); and a batch of
 * queries for the same words is answered in one pass (./one-pass.ts).
 */
export class OcopPostgresSearchService extends PostgresSearchService {
  // The physical table each index was last read from: a rebuild swaps in a new one without writing to it again.
  private readFrom = new Map<string, string>()
  private readonly sortOrders: SortOrder[]

  /** Medusa's options, and `sort_indexes`: orders to keep sorted in every document table (./sort-indexes.ts). */
  constructor(deps: any, options: ConstructorParameters<typeof PostgresSearchService>[1] & { sort_indexes?: SortOrder[] } = {}) {
    super(deps, options)
    this.sortOrders = options.sort_indexes ?? []
  }

  async search(input: SearchInput) {
    await this.beforeReading(input)
    return super.search(input)
  }

  /** A batch: queries for the same words share one pass over their matches (./one-pass.ts); the rest go Medusa's way. */
  async searchMany(inputs: SearchInput[]) {
    for (const input of inputs) await this.beforeReading(input)
    const answers = new Array<SearchAnswer>(inputs.length)
    const passes = new Map<string, number[]>()
    inputs.forEach((input, i) => passes.set(passKey(input), [...(passes.get(passKey(input)) ?? []), i]))
    await Promise.all(
      [...passes.values()].map(async (positions) => {
        const results = await this.searchTogether(positions.map((i) => inputs[i]))
        results.forEach((result, k) => (answers[positions[k]] = result))
      })
    )
    return answers
  }

  private async searchTogether(inputs: SearchInput[]): Promise<SearchAnswer[]> {
    const alone = (input: SearchInput) => super.search(input)
    if (inputs.length < 2) return Promise.all(inputs.map(alone))
    const catalog = await this.retrieve(inputs[0].index.physical_name)
    if (inputs[0].q?.trim() && !catalog.plan.searchable.length) return Promise.all(inputs.map(alone))
    const shared = inputs.filter((input) => canShareAPass(input, catalog.plan))
    if (shared.length < 2) return Promise.all(inputs.map(alone))
    for (const input of shared) assertQuerySupported(input, (this as any).engine_)
    const fragments = (this as any).keywordFragments({ query: shared[0], catalog })
    const { sql, params, read } = onePassSql({
      inputs: shared,
      table: catalog.table_name,
      plan: catalog.plan,
      rank: fragments.rankSql,
      match: fragments.matchSql,
    })
    const started = Date.now()
    const [row] = await ((this as any).manager_ as DbManager).execute(sql, params)
    const together = read(row ?? {}, started)
    return Promise.all(inputs.map((input) => (shared.includes(input) ? together[shared.indexOf(input)] : alone(input))))
  }

  /**
   * Before a query is read: searching chosen fields reads their text from `indexed`, which keeps
   * filter, sort and facet fields only (./indexed-fields.ts). And a rebuild swaps in a new table
   * without writing to it again: the first read of a new one drops cached answers.
   */
  private async beforeReading(input: SearchInput) {
    if (input.search_options?.attributes_to_search_on) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The PostgreSQL search provider searches every searchable field: search_options.attributes_to_search_on is not supported"
      )
    }
    const { name, physical_name } = input.index as { name: string; physical_name: string }
    if (this.readFrom.get(name) === physical_name) return
    if (this.readFrom.has(name)) await this.changed(undefined)
    this.readFrom.set(name, physical_name)
  }

  // Every new table (a new index or a rebuild) gets the layout and the sort indexes before its first row.
  protected async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager) {
    await super.createDocumentTable(table, plan, manager)
    for (const sql of [...inlineStorageSql(table), ...sortIndexSql(table, plan, this.sortOrders)]) await manager.execute(sql)
  }

  async upsertIndex(...args: Parameters<PostgresSearchService["upsertIndex"]>) {
    return this.changed(await super.upsertIndex(...args))
  }

  async deleteIndex(...args: Parameters<PostgresSearchService["deleteIndex"]>) {
    return this.changed(await super.deleteIndex(...args))
  }

  /**
   * Medusa's upsert (same statement, chunks and document count), with
   * `indexed` kept to the fields filters, sorts and facets read
   * (./indexed-fields.ts), and rows left alone when nothing in them changes:
   * every order rewrites its products' documents (stock events), and only a
   * real change may drop cached search answers. Vector fields and the
   * lakebase engine go Medusa's way.
   */
  async upsertDocuments(args: Parameters<PostgresSearchService["upsertDocuments"]>[0]) {
    const { index, documents, definition } = args
    const self = this as any
    // Nothing to write changes nothing: cached answers stay.
    if (!documents.length) return self.task(index)
    const catalog = await this.retrieve(index)
    if (self.engine_ !== "native" || catalog.plan.vectors.length) {
      return this.changed(await super.upsertDocuments(args))
    }
    const kept = indexedPaths(catalog.plan, definition?.settings?.distinct_attribute)
    // Last write wins on duplicate ids: one statement cannot touch a row twice.
    const rows = new Map(
      documents.map((document) => {
        const projection = projectIndexedDocument(document, catalog.plan)
        return [projection.id, { document, projection }]
      })
    )
    let written = 0
    await self.withTransaction(async (manager: DbManager) => {
      let inserted = 0
      const entries = [...rows.values()]
      for (let offset = 0; offset < entries.length; offset += UPSERT_CHUNK_SIZE) {
        const params: unknown[] = []
        const values = entries.slice(offset, offset + UPSERT_CHUNK_SIZE).map(({ document, projection }) => {
          params.push(projection.id, JSON.stringify(document), JSON.stringify(keepIndexed(projection.indexed, kept)))
          const vector = self.buildSearchVectorSql(projection.weighted_parts, params)
          params.push(projection.search_text)
          return `(?, ?::jsonb, ?::jsonb, ${vector}, ?, now())`
        })
        const changedRows = await manager.execute(
          `INSERT INTO ${quoted(catalog.table_name)} AS t ("id", "document", "indexed", "search_vector", "search_text", "updated_at")
           VALUES ${values.join(",\n")}
           ON CONFLICT ("id") DO UPDATE SET "document" = EXCLUDED."document", "indexed" = EXCLUDED."indexed",
             "search_vector" = EXCLUDED."search_vector", "search_text" = EXCLUDED."search_text", "updated_at" = now()
           WHERE (t."document", t."indexed", t."search_vector", t."search_text")
             IS DISTINCT FROM (EXCLUDED."document", EXCLUDED."indexed", EXCLUDED."search_vector", EXCLUDED."search_text")
           RETURNING (xmax = 0)::int AS inserted`,
          params
        )
        written += changedRows.length
        for (const row of changedRows) inserted += Number(row.inserted ?? 0)
      }
      await self.adjustDocumentCount(index, inserted, manager)
    })
    return written ? this.changed(self.task(index)) : self.task(index)
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
