import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { assertQuerySupported, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { catalogueChanged } from "../../lib/catalogue-cache/generation"
import { inlineStorageSql } from "./storage"
import { canShareAPass, onePassSql, passKey, type SearchAnswer, type SearchInput } from "./one-pass"

type DbManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Logger = { warn: (message: string) => void }

/**
 * Medusa's PostgreSQL search provider with three additions: it reports every
 * committed write to the index, so cached search answers
 * (lib/catalogue-cache) are dropped the moment they go stale; its document
 * tables keep the filter fields inline and uncompressed (./storage.ts); and a
 * batch of queries for the same words is answered in one pass (./one-pass.ts).
 */
export class OcopPostgresSearchService extends PostgresSearchService {
  // The physical table each index was last read from: a rebuild swaps in a new one without writing to it again.
  private readFrom = new Map<string, string>()

  async search(input: SearchInput) {
    await this.noteRead(input)
    return super.search(input)
  }

  /** A batch: queries for the same words share one pass over their matches (./one-pass.ts); the rest go Medusa's way. */
  async searchMany(inputs: SearchInput[]) {
    for (const input of inputs) await this.noteRead(input)
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

  /** A rebuild swaps in a new table without writing to it again: the first read of a new one drops cached answers. */
  private async noteRead(input: SearchInput) {
    const { name, physical_name } = input.index as { name: string; physical_name: string }
    if (this.readFrom.get(name) === physical_name) return
    if (this.readFrom.has(name)) await this.changed(undefined)
    this.readFrom.set(name, physical_name)
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
