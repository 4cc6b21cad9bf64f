import { MedusaError } from "@medusajs/framework/utils"
import providerModule from "../index"
import { MeilisearchSearchService, resolveProviderOptions } from "../service"
import { apiError, FakeMeilisearch } from "./fake-meilisearch"
import { productDefinition, searchInput, vietnameseProducts } from "./fixtures"

function setup(options: Record<string, unknown> = {}) {
  const client = new FakeMeilisearch()
  const logger = { warn: jest.fn(), info: jest.fn(), error: jest.fn(), debug: jest.fn() }
  const service = new MeilisearchSearchService({ logger: logger as any }, { host: "http://meili.test", taskIntervalMs: 1, ...options } as any, client)
  return { client, service, logger }
}

async function rejection(promise: Promise<unknown>): Promise<MedusaError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(MedusaError)
    return error as MedusaError
  }
  throw new Error("expected a rejection")
}

describe("provider registration", () => {
  it("is a Search Module provider with the identifier 'meilisearch'", () => {
    expect(providerModule.module).toBe("search")
    expect(providerModule.services).toEqual([MeilisearchSearchService])
    expect(MeilisearchSearchService.identifier).toBe("meilisearch")
    expect(setup().service.identifier).toBe("meilisearch")
  })

  it("validates its options at boot", () => {
    expect(() => MeilisearchSearchService.validateOptions({})).toThrow(/"host" is required/)
    expect(() => MeilisearchSearchService.validateOptions({ host: "http://x", indexPrefix: "a.b" })).toThrow(/indexPrefix/)
    expect(() => MeilisearchSearchService.validateOptions({ host: "http://x", maxTotalHits: 0 })).toThrow(/maxTotalHits/)
    expect(resolveProviderOptions({ host: " http://x " })).toMatchObject({
      host: "http://x",
      indexPrefix: "",
      maxTotalHits: 20_000,
      maxValuesPerFacet: 1_000,
      taskTimeoutMs: 120_000,
    })
  })
})

describe("upsertIndex", () => {
  it("creates the index with its primary key, applies the settings and waits for both", async () => {
    const { client, service, logger } = setup({ indexPrefix: "staging_" })
    const task = await service.upsertIndex({ index: productDefinition() })
    expect(task).toEqual({ index: "product_v1", status: "succeeded" })
    expect(client.callsOf("createIndex")).toEqual([["createIndex", "staging_product_v1", { primaryKey: "id" }]])
    const index = client.indexes.get("staging_product_v1")!
    expect(index.primaryKey).toBe("id")
    expect(index.settings).toMatchObject({
      searchableAttributes: expect.arrayContaining(["title", "province.name"]),
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      pagination: { maxTotalHits: 20_000 },
    })
    expect(client.callsOf("waitForTask")).toHaveLength(2)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/ignoring "embedding"/))
  })

  it("only updates the settings of an index that already exists with the same primary key", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    await service.upsertIndex({ index: productDefinition() })
    expect(client.callsOf("createIndex")).toHaveLength(0)
    expect(client.indexes.get("product_v1")!.settings).toBeDefined()
  })

  it("recreates an index keyed by another primary key", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "handle", [{ handle: "x" }])
    await service.upsertIndex({ index: productDefinition() })
    expect(client.calls.map(([name]) => name).filter((name) => name !== "waitForTask")).toEqual([
      "getRawIndex",
      "deleteIndex",
      "createIndex",
      "updateSettings",
    ])
    expect(client.indexes.get("product_v1")!.primaryKey).toBe("id")
  })

  it("accepts an index another process created first", async () => {
    const { client, service } = setup()
    const original = client.createIndex.bind(client)
    client.createIndex = (uid, options) => {
      client.addIndex(uid, "id") // created in between our check and our create
      return original(uid, options)
    }
    await expect(service.upsertIndex({ index: productDefinition() })).resolves.toEqual({ index: "product_v1", status: "succeeded" })
  })

  it("fails the migration with Meilisearch's reason when the settings are rejected", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    client.failNextTask = { code: "invalid_settings_typo_tolerance", message: "`minWordSizeForTypos` is invalid." }
    const error = await rejection(service.upsertIndex({ index: productDefinition() }))
    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.message).toMatch(/applying the settings of index "product".*minWordSizeForTypos.*invalid_settings_typo_tolerance/)
  })

  it("refuses a physical name Meilisearch cannot use as an index uid", async () => {
    const { service } = setup()
    const error = await rejection(service.upsertIndex({ index: productDefinition({ physical_name: "sản.phẩm_v1" }) }))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
  })

  it("times out with a clear error when Meilisearch does not apply a task", async () => {
    const { client, service } = setup({ taskTimeoutMs: 5 })
    client.timeoutTasks = true
    const error = await rejection(service.upsertIndex({ index: productDefinition() }))
    expect(error.message).toMatch(/was not applied within 5 ms/)
  })
})

describe("writes", () => {
  it("sends documents in the index's shape and returns Meilisearch's task", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    const task = await service.upsertDocuments({ index: "product_v1", definition: productDefinition(), documents: vietnameseProducts as any })
    expect(task).toEqual({ id: expect.stringMatching(/^\d+$/), index: "product_v1", status: "enqueued" })
    const [, uid, documents, options] = client.callsOf("addDocuments")[0] as [string, string, any[], any]
    expect(uid).toBe("product_v1")
    expect(options).toEqual({ primaryKey: "id" })
    expect(documents).toHaveLength(4)
    expect(documents[0]).toMatchObject({ id: "prod_tra_hoa_vang", stars: 5, created_at: Date.parse("2025-03-01T00:00:00.000Z") })
    expect(documents[0]).not.toHaveProperty("embedding")
  })

  it("writes to the physical index given, reading the schema from the definition", async () => {
    const { client, service } = setup()
    client.addIndex("product_v2", "id")
    await service.upsertDocuments({ index: "product_v2", definition: productDefinition({ physical_name: "product_v1" }), documents: [{ id: "p1", stars: "4" }] })
    expect(client.indexes.get("product_v2")!.documents.get("p1")).toEqual({ id: "p1", stars: 4 })
  })

  it("does nothing for no documents", async () => {
    const { client, service } = setup()
    await expect(service.upsertDocuments({ index: "product_v1", definition: productDefinition(), documents: [] })).resolves.toEqual({
      index: "product_v1",
      status: "succeeded",
    })
    expect(client.calls).toEqual([])
  })

  it("answers NOT_FOUND for a missing index instead of letting Meilisearch create it without settings", async () => {
    const { client, service } = setup()
    const error = await rejection(service.upsertDocuments({ index: "product_v9", definition: productDefinition(), documents: [{ id: "p1" }] }))
    expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(client.indexes.has("product_v9")).toBe(false)
  })

  it("refuses a document with an id Meilisearch would reject, before sending anything", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    await expect(service.upsertDocuments({ index: "product_v1", definition: productDefinition(), documents: [{ id: "a b" }] })).rejects.toThrow(/primary key/)
    expect(client.callsOf("addDocuments")).toHaveLength(0)
  })

  it("deletes by id through the ids route", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id", [{ id: "p1" }, { id: "p2" }, { id: "p3" }])
    const task = await service.deleteDocuments({ index: "product_v1", filters: { id: ["p1", "p3"] } })
    expect(task.status).toBe("enqueued")
    expect(client.callsOf("deleteDocuments")).toEqual([["deleteDocuments", "product_v1", ["p1", "p3"]]])
    expect([...client.indexes.get("product_v1")!.documents.keys()]).toEqual(["p2"])
  })

  it("deletes by any other filter through a compiled filter, typed by the known definition", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    await service.upsertIndex({ index: productDefinition() })
    await service.deleteDocuments({ index: "product_v1", filters: { created_at: { $lt: "2025-01-01T00:00:00Z" }, "producer.slug": 'htx "x"' } })
    expect(client.callsOf("deleteDocuments")[0][2]).toEqual({ filter: `created_at < ${Date.UTC(2025, 0, 1)} AND producer.slug = "htx \\"x\\""` })
  })

  it("reads the primary key from Meilisearch when this process has not seen the definition", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "handle")
    await service.deleteDocuments({ index: "product_v1", filters: { handle: ["tra-hoa-vang"] } })
    expect(client.callsOf("deleteDocuments")[0][2]).toEqual(["tra-hoa-vang"])
    await service.deleteDocuments({ index: "product_v1", filters: { store_id: "store_1" } })
    expect(client.callsOf("deleteDocuments")[1][2]).toEqual({ filter: 'store_id = "store_1"' })
  })

  it("refuses a delete filter that would select everything, and skips one that selects nothing", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    await expect(service.deleteDocuments({ index: "product_v1", filters: { $and: [] } })).rejects.toThrow(/selects every document/)
    await expect(service.deleteDocuments({ index: "product_v1", filters: { id: [] } })).resolves.toEqual({ index: "product_v1", status: "succeeded" })
    expect(client.callsOf("deleteDocuments")).toHaveLength(0)
  })

  it("clears and deletes indexes with tasks", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id", [{ id: "p1" }])
    expect((await service.clearIndex({ index: "product_v1" })).status).toBe("enqueued")
    expect(client.indexes.get("product_v1")!.documents.size).toBe(0)
    const deleted = await service.deleteIndex({ index: "product_v1" })
    expect(deleted).toEqual({ id: expect.any(String), index: "product_v1", status: "enqueued" })
    expect(client.indexes.has("product_v1")).toBe(false)
  })
})

describe("waitForTask", () => {
  it("waits for an enqueued write and reports it applied", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    const task = await service.clearIndex({ index: "product_v1" })
    await expect(service.waitForTask(task, { timeout_ms: 500 })).resolves.toEqual({ ...task, status: "succeeded" })
    expect(client.callsOf("waitForTask")[0]).toEqual(["waitForTask", Number(task.id), { timeout: 500, interval: 1 }])
  })

  it("reports a failed write with Meilisearch's error", async () => {
    const { client, service } = setup()
    client.addIndex("product_v1", "id")
    client.failNextTask = { code: "invalid_document_id", message: "Document identifier `a b` is invalid." }
    const task = await service.upsertDocuments({ index: "product_v1", definition: productDefinition(), documents: [{ id: "ab" }] })
    expect(await service.waitForTask(task)).toEqual({
      ...task,
      status: "failed",
      error: { message: "Document identifier `a b` is invalid.", code: "invalid_document_id" },
    })
  })

  it("treats deleting an index that is already gone as done", async () => {
    const { service } = setup()
    const task = await service.deleteIndex({ index: "product_v7" })
    expect((await service.waitForTask(task)).status).toBe("succeeded")
  })

  it("returns settled or id-less tasks unchanged", async () => {
    const { client, service } = setup()
    expect(await service.waitForTask({ index: "x", status: "succeeded" })).toEqual({ index: "x", status: "succeeded" })
    expect(await service.waitForTask({ id: "3", index: "x", status: "failed" })).toEqual({ id: "3", index: "x", status: "failed" })
    expect(client.calls).toEqual([])
  })
})

describe("listIndexes", () => {
  it("lists this provider's indexes with their document counts, without the prefix", async () => {
    const { client, service } = setup({ indexPrefix: "prod_" })
    client.addIndex("prod_product_v1", "id", [{ id: "a" }, { id: "b" }])
    client.addIndex("staging_product_v1", "id", [{ id: "a" }])
    expect(await service.listIndexes()).toEqual([
      { name: "product_v1", provider: "meilisearch", document_count: 2, created_at: new Date("2026-01-01T00:00:00Z"), updated_at: new Date("2026-01-01T00:00:00Z") },
    ])
  })

  it("reads every page of indexes", async () => {
    const { client, service } = setup()
    for (let i = 0; i < 230; i++) client.addIndex(`idx_${i}`, "id")
    expect(await service.listIndexes()).toHaveLength(230)
  })
})

describe("search", () => {
  it("packs every query of every search into one multi-search request and splits the answers", async () => {
    const { client, service } = setup({ indexPrefix: "p_" })
    client.respond = (queries) =>
      queries.map((query, i) =>
        query.hitsPerPage === 0
          ? { indexUid: query.indexUid, hits: [], query: "", processingTimeMs: 1, page: 1, hitsPerPage: 0, totalPages: 0, totalHits: 10 + i }
          : {
              indexUid: query.indexUid,
              hits: [{ id: `hit_${i}`, title: `Sản phẩm ${i}` }],
              query: query.q ?? "",
              processingTimeMs: 2,
              estimatedTotalHits: 100 + i,
            }
      )
    const [first, second] = await service.searchMany([
      searchInput({ q: "trà", attributes_to_retrieve: ["title"] }),
      searchInput({
        q: "cà phê",
        attributes_to_retrieve: ["title"],
        search_options: { count: "exact", facets: [{ field: "price_min", type: "range", ranges: [{ to: 100000 }] }] },
      }),
    ])
    expect(client.searches).toHaveLength(1)
    expect(client.searches[0].map((query) => [query.indexUid, query.q, query.hitsPerPage])).toEqual([
      ["p_product_v1", "trà ", undefined],
      ["p_product_v1", "cà phê ", undefined],
      ["p_product_v1", "cà phê ", 0],
      ["p_product_v1", "cà phê ", 0],
    ])
    expect(first.hits).toEqual([{ id: "hit_0", document: { title: "Sản phẩm 0" } }])
    expect(first.metadata.count).toBe(100)
    expect(second.hits).toEqual([{ id: "hit_1", document: { title: "Sản phẩm 1" } }])
    expect(second.metadata.count).toBe(12)
    expect(second.facets).toEqual({ price_min: { type: "range", ranges: [{ key: "*-100000", from: undefined, to: 100000, count: 13 }] } })
  })

  it("searches the index's physical name, not its logical name", async () => {
    const { client, service } = setup()
    await service.search(searchInput({ index: productDefinition({ physical_name: "product_v3" }) }))
    expect(client.searches[0][0].indexUid).toBe("product_v3")
  })

  it("turns a missing index into NOT_FOUND, so the Search Module re-resolves the active version", async () => {
    const { client, service } = setup()
    client.searchError = apiError(400, "index_not_found", "Inside `.queries[0]`: Index `product_v1` not found.")
    const error = await rejection(service.search(searchInput()))
    expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
  })

  it("keeps a rate limit recognisable to the Search Module's retry", async () => {
    const { client, service } = setup()
    client.searchError = apiError(429, "too_many_requests", "Too many requests", { "retry-after": "3" })
    await expect(service.search(searchInput())).rejects.toMatchObject({ status: 429, retry_after: 3000 })
  })

  it("reports Meilisearch's rejection of a request as invalid data", async () => {
    const { client, service } = setup()
    client.searchError = apiError(400, "invalid_search_filter", "Attribute `x` is not filterable.")
    const error = await rejection(service.search(searchInput()))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(/not filterable.*invalid_search_filter/)
  })

  it("refuses what it cannot answer before calling Meilisearch", async () => {
    const { client, service } = setup()
    await expect(service.search(searchInput({ q: "trà", search_options: { match_strategy: "any" } }))).rejects.toThrow(/"any"/)
    expect(client.searches).toHaveLength(0)
  })

  it("answers no searches with no request", async () => {
    const { client, service } = setup()
    expect(await service.searchMany([])).toEqual([])
    expect(client.searches).toHaveLength(0)
  })
})
