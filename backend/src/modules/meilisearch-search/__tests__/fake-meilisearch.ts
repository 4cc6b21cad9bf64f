import type { MeilisearchClientLike, MeilisearchIndexLike } from "../client"

type Json = Record<string, any>

/** An error shaped like the client's MeilisearchApiError. */
export function apiError(status: number, code: string, message = code, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), {
    name: "MeilisearchApiError",
    cause: { code, message, type: "invalid_request" },
    response: { status, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } },
  })
}

interface FakeIndex {
  uid: string
  primaryKey?: string
  createdAt: string
  updatedAt: string
  settings?: Json
  documents: Map<string, Json>
}

/**
 * An in-memory stand-in for the official client: enough Meilisearch to check
 * what the provider sends and how it reads tasks and errors back. Tasks settle
 * immediately; `failNextTask` makes the next one fail.
 */
export class FakeMeilisearch implements MeilisearchClientLike {
  indexes = new Map<string, FakeIndex>()
  tasks_ = new Map<number, Json>()
  calls: [string, ...unknown[]][] = []
  searches: Json[][] = []
  nextTaskUid = 1
  failNextTask?: { code: string; message: string }
  /** Answers a multi-search; by default every query gets an empty result. */
  respond: (queries: Json[]) => Json[] = (queries) =>
    queries.map((query) => ({ indexUid: query.indexUid, hits: [], query: query.q ?? "", processingTimeMs: 1, estimatedTotalHits: 0 }))
  searchError?: unknown
  timeoutTasks = false

  private task(type: string, indexUid: string | null, apply: () => { code: string; message: string } | void) {
    const taskUid = this.nextTaskUid++
    const failure = this.failNextTask ?? apply() ?? undefined
    this.failNextTask = undefined
    this.tasks_.set(taskUid, {
      uid: taskUid,
      indexUid,
      type,
      status: failure ? "failed" : "succeeded",
      error: failure ? { ...failure, type: "invalid_request", link: "" } : null,
    })
    return Promise.resolve({ taskUid, indexUid, status: "enqueued" as const, type: type as any, enqueuedAt: new Date().toISOString() })
  }

  private require(uid: string): FakeIndex {
    const index = this.indexes.get(uid)
    if (!index) throw apiError(404, "index_not_found", `Index \`${uid}\` not found.`)
    return index
  }

  addIndex(uid: string, primaryKey?: string, documents: Json[] = []) {
    const now = new Date("2026-01-01T00:00:00Z").toISOString()
    this.indexes.set(uid, { uid, primaryKey, createdAt: now, updatedAt: now, documents: new Map(documents.map((d) => [String(d[primaryKey ?? "id"]), d])) })
  }

  index(uid: string): MeilisearchIndexLike {
    return {
      updateSettings: (settings) => {
        this.calls.push(["updateSettings", uid, settings])
        return this.task("settingsUpdate", uid, () => {
          const index = this.indexes.get(uid)
          if (!index) return { code: "index_not_found", message: `Index \`${uid}\` not found.` }
          index.settings = settings
        })
      },
      addDocuments: (documents, options) => {
        this.calls.push(["addDocuments", uid, documents, options])
        return this.task("documentAdditionOrUpdate", uid, () => {
          if (!this.indexes.has(uid)) this.addIndex(uid, options?.primaryKey)
          const index = this.indexes.get(uid)!
          for (const document of documents) index.documents.set(String(document[index.primaryKey ?? "id"]), document)
        })
      },
      deleteDocuments: (params) => {
        this.calls.push(["deleteDocuments", uid, params])
        return this.task("documentDeletion", uid, () => {
          if (Array.isArray(params)) for (const id of params) this.indexes.get(uid)?.documents.delete(String(id))
        })
      },
      deleteAllDocuments: () => {
        this.calls.push(["deleteAllDocuments", uid])
        return this.task("documentDeletion", uid, () => this.indexes.get(uid)?.documents.clear())
      },
    }
  }

  async getRawIndex(uid: string) {
    this.calls.push(["getRawIndex", uid])
    const { documents: _documents, settings: _settings, ...info } = this.require(uid)
    return info
  }

  async getRawIndexes(params: { offset?: number; limit?: number } = {}) {
    const all = [...this.indexes.values()].map(({ uid, primaryKey, createdAt, updatedAt }) => ({ uid, primaryKey, createdAt, updatedAt }))
    const offset = params.offset ?? 0
    const limit = params.limit ?? 20
    return { results: all.slice(offset, offset + limit), offset, limit, total: all.length }
  }

  createIndex(uid: string, options?: { primaryKey?: string }) {
    this.calls.push(["createIndex", uid, options])
    return this.task("indexCreation", uid, () => {
      if (this.indexes.has(uid)) return { code: "index_already_exists", message: `Index \`${uid}\` already exists.` }
      this.addIndex(uid, options?.primaryKey)
    })
  }

  deleteIndex(uid: string) {
    this.calls.push(["deleteIndex", uid])
    return this.task("indexDeletion", uid, () => {
      if (!this.indexes.delete(uid)) return { code: "index_not_found", message: `Index \`${uid}\` not found.` }
    })
  }

  async getStats() {
    return {
      databaseSize: 0,
      usedDatabaseSize: 0,
      lastUpdate: "",
      indexes: Object.fromEntries([...this.indexes].map(([uid, index]) => [uid, { numberOfDocuments: index.documents.size } as any])),
    }
  }

  async multiSearch(params: { queries: Json[] }) {
    this.searches.push(params.queries)
    if (this.searchError) throw this.searchError
    return { results: this.respond(params.queries) } as any
  }

  tasks = {
    waitForTask: async (taskUid: number, options?: { timeout?: number; interval?: number }) => {
      this.calls.push(["waitForTask", taskUid, options])
      if (this.timeoutTasks) throw Object.assign(new Error(`timeout of ${options?.timeout}ms has exceeded`), { name: "MeilisearchTaskTimeOutError" })
      const task = this.tasks_.get(taskUid)
      if (!task) throw apiError(404, "task_not_found")
      return task as any
    },
  }

  callsOf(name: string) {
    return this.calls.filter(([call]) => call === name)
  }
}
