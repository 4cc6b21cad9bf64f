import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { EnqueuedTask, MultiSearchQuery, Task } from "meilisearch" with { "resolution-mode": "import" }
import { createMeilisearchClient, type MeilisearchClientLike } from "./client"
import { toMeilisearchDocument } from "./document"
import { invalid, toMedusaError } from "./errors"
import { buildIndexPlan, type IndexPlan } from "./fields"
import { compileFilters } from "./filters"
import { planSearch, type SearchPlan } from "./query"
import { assembleResult } from "./results"
import { buildIndexSettings } from "./settings"
import {
  DEFAULT_MAX_TOTAL_HITS,
  DEFAULT_MAX_VALUES_PER_FACET,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TASK_INTERVAL_MS,
  DEFAULT_TASK_TIMEOUT_MS,
  MEILISEARCH_PROVIDER_IDENTIFIER,
  type MeilisearchProviderOptions,
  type ResolvedProviderOptions,
} from "./types"

type InjectedDependencies = { logger?: Logger }

/** Meilisearch index uids: letters, digits, `-` and `_`, at most 400 bytes. */
const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null || value === "") return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) invalid(`the option "${name}" must be a positive whole number (got ${JSON.stringify(value)})`)
  return number
}

/** Validates the provider options and fills in the defaults. Runs at boot through `validateOptions`. */
export function resolveProviderOptions(options: Partial<MeilisearchProviderOptions> | undefined): ResolvedProviderOptions {
  const host = typeof options?.host === "string" ? options.host.trim() : ""
  if (!host) invalid('the option "host" is required (the Meilisearch URL, MEILISEARCH_HOST)')
  if (/\s/.test(host)) invalid(`"${host}" is not a URL`)
  const indexPrefix = options?.indexPrefix ?? ""
  if (typeof indexPrefix !== "string" || !/^[A-Za-z0-9_-]*$/.test(indexPrefix)) {
    invalid(`the option "indexPrefix" may only hold letters, digits, "-" and "_" (got ${JSON.stringify(indexPrefix)})`)
  }
  return {
    host,
    apiKey: options?.apiKey || undefined,
    indexPrefix,
    synonyms: options?.synonyms,
    maxTotalHits: positiveInteger(options?.maxTotalHits, "maxTotalHits", DEFAULT_MAX_TOTAL_HITS),
    maxValuesPerFacet: positiveInteger(options?.maxValuesPerFacet, "maxValuesPerFacet", DEFAULT_MAX_VALUES_PER_FACET),
    taskTimeoutMs: positiveInteger(options?.taskTimeoutMs, "taskTimeoutMs", DEFAULT_TASK_TIMEOUT_MS),
    taskIntervalMs: positiveInteger(options?.taskIntervalMs, "taskIntervalMs", DEFAULT_TASK_INTERVAL_MS),
    requestTimeoutMs: positiveInteger(options?.requestTimeoutMs, "requestTimeoutMs", DEFAULT_REQUEST_TIMEOUT_MS),
  }
}

function toTaskStatus(status: string | undefined): SearchTypes.SearchTaskStatus {
  switch (status) {
    case "succeeded":
      return "succeeded"
    case "failed":
    case "canceled":
      return "failed"
    case "processing":
      return "processing"
    default:
      return "enqueued"
  }
}

/**
 * Search Module provider backed by Meilisearch. Index definitions become
 * Meilisearch settings (settings.ts), documents keep their declared shape
 * (document.ts), filter trees compile to Meilisearch filter expressions
 * (filters.ts) and each query becomes a few multi-search queries (query.ts)
 * read back into the module's result (results.ts).
 *
 * Writes are applied by Meilisearch asynchronously: they return an enqueued
 * task and `waitForTask` waits for it, which the module does before making a
 * freshly seeded version live. Creating an index and applying its settings is
 * waited for inside `upsertIndex`, so a definition Meilisearch rejects fails
 * `db:migrate` rather than the first search.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = MEILISEARCH_PROVIDER_IDENTIFIER

  /** Called by Medusa's provider loader at boot, so bad options stop the server with a clear message. */
  static validateOptions(options: Record<string, unknown> | undefined) {
    resolveProviderOptions(options as Partial<MeilisearchProviderOptions>)
  }

  protected readonly options_: ResolvedProviderOptions
  protected readonly logger_?: Logger
  protected client_?: Promise<MeilisearchClientLike>
  /** Index plans by Meilisearch uid, learnt from the definitions the module passes in. */
  protected readonly plans_ = new Map<string, IndexPlan>()
  /** Plans by definition hash, so documents and queries do not re-flatten a definition each time. */
  protected readonly plansByHash_ = new Map<string, IndexPlan>()

  constructor({ logger }: InjectedDependencies, options: MeilisearchProviderOptions, client?: MeilisearchClientLike) {
    super()
    this.options_ = resolveProviderOptions(options)
    this.logger_ = logger
    if (client) this.client_ = Promise.resolve(client)
  }

  protected client(): Promise<MeilisearchClientLike> {
    this.client_ ??= createMeilisearchClient(this.options_).catch((error) => {
      this.client_ = undefined
      throw error
    })
    return this.client_
  }

  /** The Meilisearch uid of a physical index. */
  protected uid(physicalName: string): string {
    const uid = `${this.options_.indexPrefix}${physicalName}`
    if (!INDEX_UID.test(uid)) {
      invalid(`"${uid}" cannot be a Meilisearch index uid (letters, digits, "-" and "_" only); rename the index definition`)
    }
    return uid
  }

  protected planFor(definition: SearchTypes.ResolvedSearchIndexDefinition, uid: string): IndexPlan {
    const key = definition.definition_hash || undefined
    let plan = key ? this.plansByHash_.get(key) : undefined
    if (!plan) {
      plan = buildIndexPlan(definition)
      if (key) this.plansByHash_.set(key, plan)
    }
    this.plans_.set(uid, plan)
    return plan
  }

  protected async call<T>(action: string, run: (client: MeilisearchClientLike) => Promise<T>): Promise<T> {
    const client = await this.client()
    try {
      return await run(client)
    } catch (error) {
      throw toMedusaError(error, action)
    }
  }

  protected enqueued(task: EnqueuedTask, index: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: toTaskStatus(task.status) }
  }

  /** Waits for a task Meilisearch accepted, and throws if it failed. */
  protected async settle(task: EnqueuedTask, action: string): Promise<Task> {
    const settled = await this.waitForTaskUid(task.taskUid, this.options_.taskTimeoutMs, action)
    if (settled.status !== "succeeded") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch search provider: ${action} failed: ${settled.error?.message ?? settled.status}${settled.error?.code ? ` (${settled.error.code})` : ""}`
      )
    }
    return settled
  }

  protected async waitForTaskUid(taskUid: number, timeout: number, action: string): Promise<Task> {
    return await this.call(action, async (client) => {
      try {
        return await client.tasks.waitForTask(taskUid, { timeout, interval: this.options_.taskIntervalMs })
      } catch (error) {
        if ((error as Error)?.name === "MeilisearchTaskTimeOutError") {
          throw new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `Meilisearch search provider: ${action}: task ${taskUid} was not applied within ${timeout} ms`
          )
        }
        throw error
      }
    })
  }

  protected async findIndex(uid: string): Promise<{ uid: string; primaryKey?: string } | undefined> {
    try {
      return await this.call(`reading index "${uid}"`, (client) => client.getRawIndex(uid))
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return undefined
      throw error
    }
  }

  /** Writes go through this, so a missing index is NOT_FOUND (as on PostgreSQL) rather than silently recreated without settings. */
  protected async requireIndex(uid: string): Promise<{ uid: string; primaryKey?: string }> {
    return await this.call(`index "${uid}"`, (client) => client.getRawIndex(uid))
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index.physical_name)
    const plan = this.planFor(index, uid)
    if (plan.ignoredVectors.length) {
      this.logger_?.warn(
        `[Search] The Meilisearch provider does not support vector search; ignoring ${plan.ignoredVectors
          .map((path) => `"${path}"`)
          .join(", ")} on index "${index.name}".`
      )
    }
    const settings = buildIndexSettings(index, plan, this.options_)

    let existing = await this.findIndex(uid)
    if (existing?.primaryKey && existing.primaryKey !== plan.primaryKey) {
      // Only ever pointed at an index about to be seeded, so starting over is safe.
      await this.settle(await this.call(`deleting index "${uid}"`, (client) => client.deleteIndex(uid)), `deleting index "${uid}"`)
      existing = undefined
    }
    if (!existing) {
      const created = await this.call(`creating index "${uid}"`, (client) => client.createIndex(uid, { primaryKey: plan.primaryKey }))
      try {
        await this.settle(created, `creating index "${uid}"`)
      } catch (error) {
        // Another process created it first: fine, the settings below make it ours.
        if (!String((error as Error).message).includes("index_already_exists")) throw error
      }
    }
    await this.settle(
      await this.call(`updating the settings of "${uid}"`, (client) => client.index(uid).updateSettings(settings)),
      `applying the settings of index "${index.name}" to "${uid}"`
    )
    return { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index)
    this.plans_.delete(uid)
    const task = await this.call(`deleting index "${uid}"`, (client) => client.deleteIndex(uid))
    return this.enqueued(task, index)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return await this.call("listing indexes", async (client) => {
      const indexes: { uid: string; createdAt: string; updatedAt: string }[] = []
      for (let offset = 0; ; offset += 100) {
        const page = await client.getRawIndexes({ offset, limit: 100 })
        indexes.push(...page.results)
        if (page.results.length < 100 || indexes.length >= page.total) break
      }
      const prefix = this.options_.indexPrefix
      const ours = indexes.filter((index) => index.uid.startsWith(prefix))
      const stats = ours.length ? await client.getStats() : undefined
      return ours.map((index) => ({
        name: index.uid.slice(prefix.length),
        provider: MEILISEARCH_PROVIDER_IDENTIFIER,
        document_count: stats?.indexes?.[index.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(index.createdAt),
        updated_at: new Date(index.updatedAt),
      }))
    })
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const uid = this.uid(index)
    const plan = this.planFor(definition, uid)
    const payload = documents.map((document) => toMeilisearchDocument(document, plan))
    await this.requireIndex(uid)
    const task = await this.call(`writing ${payload.length} document(s) to "${uid}"`, (client) =>
      client.index(uid).addDocuments(payload, { primaryKey: plan.primaryKey })
    )
    return this.enqueued(task, index)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index)
    const plan = this.plans_.get(uid)
    const primaryKey = plan?.primaryKey ?? (await this.requireIndex(uid)).primaryKey
    if (!primaryKey) invalid(`index "${uid}" has no primary key yet, so nothing can be deleted from it`)

    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey })
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      if (plan) await this.requireIndex(uid)
      const task = await this.call(`deleting ${ids.length} document(s) from "${uid}"`, (client) => client.index(uid).deleteDocuments(ids))
      return this.enqueued(task, index)
    }

    const filter = compileFilters(filters, { primaryKey, fields: plan?.fields, objects: plan?.objects, indexName: plan?.name ?? uid })
    if (!filter) invalid(`the delete filter on "${uid}" selects every document; clear the index through a reindex instead`)
    if (plan) await this.requireIndex(uid)
    const task = await this.call(`deleting documents from "${uid}"`, (client) => client.index(uid).deleteDocuments({ filter }))
    return this.enqueued(task, index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index)
    await this.requireIndex(uid)
    const task = await this.call(`clearing "${uid}"`, (client) => client.index(uid).deleteAllDocuments())
    return this.enqueued(task, index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query of every input — hits, counts, range buckets — goes to Meilisearch in one multi-search request. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const plans: SearchPlan[] = inputs.map((input) => {
      const uid = this.uid(input.index.physical_name)
      return planSearch(input, this.planFor(input.index, uid), {
        indexUid: uid,
        maxTotalHits: this.options_.maxTotalHits,
        maxValuesPerFacet: this.options_.maxValuesPerFacet,
      })
    })
    const queries: MultiSearchQuery[] = plans.flatMap((plan) => plan.queries)
    const { results } = await this.call("searching", (client) => client.multiSearch({ queries }))
    let offset = 0
    return plans.map((plan) => {
      const slice = results.slice(offset, offset + plan.queries.length)
      offset += plan.queries.length
      return assembleResult(plan, slice)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined || task.status === "succeeded" || task.status === "failed") return task
    const taskUid = Number(task.id)
    if (!Number.isInteger(taskUid)) invalid(`"${task.id}" is not a Meilisearch task id`)
    const settled = await this.waitForTaskUid(taskUid, options?.timeout_ms ?? this.options_.taskTimeoutMs, `waiting for task ${taskUid}`)
    // Deleting an index that is already gone is done, not failed.
    if (settled.type === "indexDeletion" && settled.error?.code === "index_not_found") {
      return { ...task, status: "succeeded" }
    }
    const status = toTaskStatus(settled.status)
    return {
      ...task,
      status,
      ...(status === "failed" && settled.error ? { error: { message: settled.error.message, code: settled.error.code } } : {}),
      ...(status === "failed" && !settled.error ? { error: { message: `Meilisearch task ${taskUid} was ${settled.status}` } } : {}),
    }
  }
}

export default MeilisearchSearchService
