import { MEILISEARCH_PROVIDER_IDENTIFIER, meilisearchProvider } from "../config"
import { MeilisearchSearchService } from "../service"

describe("meilisearchProvider", () => {
  it("is null without MEILISEARCH_HOST, so PostgreSQL stays the only provider", () => {
    expect(meilisearchProvider({})).toBeNull()
    expect(meilisearchProvider({ MEILISEARCH_HOST: "   ", MEILISEARCH_API_KEY: "key" })).toBeNull()
  })

  it("returns the provider entry when MEILISEARCH_HOST is set", () => {
    expect(meilisearchProvider({ MEILISEARCH_HOST: "https://search.cho-ocop.vn", MEILISEARCH_API_KEY: "admin-key" })).toEqual({
      resolve: "./src/modules/meilisearch-search",
      id: "meilisearch",
      options: { host: "https://search.cho-ocop.vn", apiKey: "admin-key" },
    })
  })

  it("uses the same id as the provider's identifier, which default_provider and definitions name", () => {
    expect(meilisearchProvider({ MEILISEARCH_HOST: "http://localhost:7700" })?.id).toBe(MEILISEARCH_PROVIDER_IDENTIFIER)
    expect(MeilisearchSearchService.identifier).toBe(MEILISEARCH_PROVIDER_IDENTIFIER)
  })

  it("trims values and adds the index prefix when set", () => {
    expect(
      meilisearchProvider({ MEILISEARCH_HOST: " http://meili:7700 ", MEILISEARCH_API_KEY: " k ", MEILISEARCH_INDEX_PREFIX: " staging_ " })?.options
    ).toEqual({ host: "http://meili:7700", apiKey: "k", indexPrefix: "staging_" })
  })

  it("works without an API key outside production (a local keyless Meilisearch)", () => {
    expect(meilisearchProvider({ MEILISEARCH_HOST: "http://localhost:7700", NODE_ENV: "development" })?.options).toEqual({
      host: "http://localhost:7700",
    })
  })

  it("requires an API key in production", () => {
    expect(() => meilisearchProvider({ MEILISEARCH_HOST: "https://search.cho-ocop.vn", NODE_ENV: "production" })).toThrow(/MEILISEARCH_API_KEY/)
  })

  it("refuses an index prefix Meilisearch could not use in an index uid", () => {
    expect(() => meilisearchProvider({ MEILISEARCH_HOST: "http://localhost:7700", MEILISEARCH_INDEX_PREFIX: "chợ ocop" })).toThrow(
      /MEILISEARCH_INDEX_PREFIX/
    )
  })

  it("merges options that do not come from the environment", () => {
    expect(
      meilisearchProvider({ MEILISEARCH_HOST: "http://localhost:7700" }, { synonyms: [["cà phê", "coffee"]], maxTotalHits: 50_000 })?.options
    ).toEqual({ host: "http://localhost:7700", synonyms: [["cà phê", "coffee"]], maxTotalHits: 50_000 })
  })

  it("reads process.env by default", () => {
    const saved = process.env.MEILISEARCH_HOST
    try {
      delete process.env.MEILISEARCH_HOST
      expect(meilisearchProvider()).toBeNull()
      process.env.MEILISEARCH_HOST = "http://127.0.0.1:7700"
      expect(meilisearchProvider()?.options.host).toBe("http://127.0.0.1:7700")
    } finally {
      if (saved === undefined) delete process.env.MEILISEARCH_HOST
      else process.env.MEILISEARCH_HOST = saved
    }
  })

  it("produces options the provider accepts", () => {
    const entry = meilisearchProvider({ MEILISEARCH_HOST: "http://localhost:7700", MEILISEARCH_INDEX_PREFIX: "dev_" })!
    expect(() => MeilisearchSearchService.validateOptions(entry.options as any)).not.toThrow()
  })
})
