import { pathToFileURL } from "node:url"
import type {
  DocumentOptions,
  DocumentsDeletionQuery,
  DocumentsIds,
  EnqueuedTask,
  IndexObject,
  IndexesQuery,
  IndexesResults,
  MultiSearchParams,
  MultiSearchResponse,
  RecordAny,
  Settings,
  Stats,
  Task,
  WaitOptions,
} from "meilisearch" with { "resolution-mode": "import" }

type MeilisearchModule = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

/** The part of an index handle the provider uses. */
export interface MeilisearchIndexLike {
  updateSettings(settings: Settings): Promise<EnqueuedTask>
  addDocuments(documents: RecordAny[], options?: DocumentOptions): Promise<EnqueuedTask>
  deleteDocuments(params: DocumentsDeletionQuery | DocumentsIds): Promise<EnqueuedTask>
  deleteAllDocuments(): Promise<EnqueuedTask>
}

/** The part of the official `meilisearch` client the provider uses (a fake one in unit tests). */
export interface MeilisearchClientLike {
  index(uid: string): MeilisearchIndexLike
  getRawIndex(uid: string): Promise<IndexObject>
  getRawIndexes(params?: IndexesQuery): Promise<IndexesResults<IndexObject[]>>
  createIndex(uid: string, options?: { primaryKey?: string }): Promise<EnqueuedTask>
  deleteIndex(uid: string): Promise<EnqueuedTask>
  getStats(): Promise<Stats>
  multiSearch(params: MultiSearchParams): Promise<MultiSearchResponse>
  tasks: { waitForTask(taskUid: number, options?: WaitOptions): Promise<Task> }
}

// `meilisearch` ships as an ES module only. A literal `import()` is rewritten to
// `require()` by the CommonJS transforms this backend runs under (swc in jest),
// which cannot load it there; a native dynamic import of the resolved file can,
// in Node, under jest (NODE_OPTIONS=--experimental-vm-modules) and after `medusa build`.
const nativeImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>

let loaded: Promise<MeilisearchModule> | undefined

/** The official Meilisearch client module, loaded once. */
export function loadMeilisearch(): Promise<MeilisearchModule> {
  loaded ??= nativeImport(pathToFileURL(require.resolve("meilisearch")).href).then(
    (module) => module as MeilisearchModule,
    (error) => {
      loaded = undefined
      throw error
    }
  )
  return loaded
}

export interface ClientConfig {
  host: string
  apiKey?: string
  requestTimeoutMs?: number
}

/** A Meilisearch client for the provider's options. */
export async function createMeilisearchClient(config: ClientConfig): Promise<MeilisearchClientLike> {
  const { Meilisearch } = await loadMeilisearch()
  return new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    timeout: config.requestTimeoutMs,
    clientAgents: ["cho-ocop-search-provider"],
  })
}
