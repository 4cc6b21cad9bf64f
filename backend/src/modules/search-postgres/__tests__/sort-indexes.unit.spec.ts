import { sortIndexSql } from "../sort-indexes"

const plan = {
  fields: new Map<string, any>([
    ["stars", { path: "stars", kind: "number", is_array: false }],
    ["created_at", { path: "created_at", kind: "date", is_array: false }],
    ["id", { path: "id", kind: "keyword", is_array: false }],
    ["group_handles", { path: "group_handles", kind: "keyword", is_array: true }],
  ]),
} as any
const STARS_FIRST = { stars: "DESC", created_at: "DESC", id: "DESC" } as const
const nameOf = (sql: string) => sql.match(/INDEX IF NOT EXISTS "([^"]+)"/)![1]

describe("sort indexes of the search provider's document tables", () => {
  it("indexes the sort's own expressions, as Medusa's provider writes them", () => {
    expect(sortIndexSql("search_pg_product_v5", plan, [STARS_FIRST])).toEqual([
      `CREATE INDEX IF NOT EXISTS "search_pg_product_v5_sort_stars_d_created_at_d_id_d" ON "search_pg_product_v5" ` +
        `(((indexed#>>'{stars}')::float8) DESC NULLS LAST, (indexed#>>'{created_at}') DESC NULLS LAST, (indexed#>>'{id}') DESC NULLS LAST)`,
    ])
  })

  it("leaves out orders on fields the index cannot sort by", () => {
    expect(sortIndexSql("t", plan, [{ group_handles: "ASC" }, { unknown: "DESC" }, {}])).toEqual([])
  })

  it("names an index of a long table by its table and columns, within PostgreSQL's 63 bytes", () => {
    const long = (version: number) => `search_pg_${"marketplace_products_".repeat(2)}v${version}`
    const [v5, v6] = [5, 6].map((v) => nameOf(sortIndexSql(long(v), plan, [STARS_FIRST])[0]))
    expect(v5.length).toBeLessThanOrEqual(63)
    expect(v6.length).toBeLessThanOrEqual(63)
    // Index names are unique per schema: a rebuilt table must not find its predecessor's name taken.
    expect(v5).not.toBe(v6)
  })
})
