import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { buildIndexPlan } from "../fields"
import { andFilters, compileFilters, formatAttribute, quoteFilterValue } from "../filters"
import { productDefinition } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const ctx = { primaryKey: plan.primaryKey, fields: plan.fields, objects: plan.objects, indexName: plan.name }
const compile = (filters: SearchTypes.SearchFilters) => compileFilters(filters, ctx)

/**
 * What Meilisearch's filter parser does to a double-quoted value (filter-parser
 * value.rs): `\"` becomes `"` (only if the value contains one), then Rust-style
 * unescaping turns `\\` into `\`. Used to check escaping round-trips.
 */
function meilisearchUnquote(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true)
  let inner = literal.slice(1, -1)
  // The closing quote must be the first unescaped quote.
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "\\") i++
    else if (inner[i] === '"') throw new Error(`unescaped quote inside ${literal}`)
  }
  if (/\\"/.test(inner)) inner = inner.replace(/\\"/g, '"')
  return inner.replace(/\\(.)/g, (_, c) => (c === "\\" ? "\\" : `\\${c}`))
}

describe("string literals in filters", () => {
  it("quotes Vietnamese text with spaces and dashes as it is", () => {
    expect(quoteFilterValue("Bà Rịa - Vũng Tàu")).toBe('"Bà Rịa - Vũng Tàu"')
    expect(quoteFilterValue("Đắk Lắk")).toBe('"Đắk Lắk"')
  })

  it("escapes double quotes in names", () => {
    expect(quoteFilterValue('HTX "Hoa Vàng" Ba Chẽ')).toBe('"HTX \\"Hoa Vàng\\" Ba Chẽ"')
  })

  it("escapes backslashes before quotes, as Meilisearch ≥ 1.4 unescapes them", () => {
    expect(quoteFilterValue("C:\\kho")).toBe('"C:\\\\kho"')
    expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"')
    expect(quoteFilterValue("ends with \\")).toBe('"ends with \\\\"')
  })

  it("round-trips through Meilisearch's unescaping for awkward values", () => {
    const values = ['HTX "Sao Mai"', 'a\\"b', "\\", "\\\\", '"', '""', "it's", "xuống\ndòng", "\\n is not a newline", "Bà Rịa - Vũng Tàu", "(NOT) AND OR"]
    for (const value of values) expect(meilisearchUnquote(quoteFilterValue(value))).toBe(value)
  })

  it("leaves plain attribute paths bare and quotes the rest", () => {
    expect(formatAttribute("province.code")).toBe("province.code")
    expect(formatAttribute("giá_bán")).toBe("giá_bán")
    expect(formatAttribute("NOT")).toBe('"NOT"')
    expect(formatAttribute("tên sản phẩm")).toBe('"tên sản phẩm"')
    expect(formatAttribute('a"b')).toBe('"a\\"b"')
  })
})

describe("equality", () => {
  it("compares strings as quoted literals", () => {
    expect(compile({ handle: "tra-hoa-vang" })).toBe('handle = "tra-hoa-vang"')
    expect(compile({ "province.code": { $eq: "79" } })).toBe('province.code = "79"')
    expect(compile({ "province.name": "Bà Rịa - Vũng Tàu" })).toBe('province.name = "Bà Rịa - Vũng Tàu"')
  })

  it("writes numbers of number fields bare, reading numeric strings", () => {
    expect(compile({ stars: 5 })).toBe("stars = 5")
    expect(compile({ stars: "5" })).toBe("stars = 5")
    expect(compile({ rating: { $eq: 4.5 } })).toBe("rating = 4.5")
    expect(compile({ price_min: { $gte: -100 } })).toBe("price_min >= -100")
  })

  it("refuses values a number field cannot hold", () => {
    expect(() => compile({ stars: "năm" })).toThrow(/holds numbers/)
    expect(() => compile({ stars: "" })).toThrow(/holds numbers/)
  })

  it("writes booleans bare, reading their string forms", () => {
    expect(compile({ in_stock: true })).toBe("in_stock = true")
    expect(compile({ in_stock: "false" })).toBe("in_stock = false")
    expect(() => compile({ in_stock: "có" })).toThrow(/holds booleans/)
  })

  it("compares dates as epoch milliseconds, from a Date, an ISO string or a number", () => {
    const ms = Date.UTC(2025, 0, 1)
    expect(compile({ created_at: new Date(ms) })).toBe(`created_at = ${ms}`)
    expect(compile({ created_at: { $gte: "2025-01-01T00:00:00Z" } })).toBe(`created_at >= ${ms}`)
    expect(compile({ created_at: { $lt: ms } })).toBe(`created_at < ${ms}`)
    expect(() => compile({ created_at: "hôm qua" })).toThrow(/holds dates/)
  })

  it("treats null as absence, as the other providers do", () => {
    expect(compile({ handle: null } as SearchTypes.SearchFilters)).toBe("NOT handle EXISTS")
    expect(compile({ "province.code": { $eq: null } })).toBe("NOT province.code EXISTS")
    expect(compile({ "province.code": { $ne: null } })).toBe("province.code EXISTS")
  })

  it("negates with NOT, which also keeps documents without the field", () => {
    expect(compile({ "producer.type": { $ne: "company" } })).toBe('NOT producer.type = "company"')
  })
})

describe("lists", () => {
  it("turns a list shorthand and $in into IN", () => {
    expect(compile({ "province.code": ["79", "22"] })).toBe('province.code IN ["79", "22"]')
    expect(compile({ stars: { $in: [4, 5] } })).toBe("stars IN [4, 5]")
    expect(compile({ stars: { $in: ["4", 5] } })).toBe("stars IN [4, 5]")
  })

  it("uses plain equality for a single value", () => {
    expect(compile({ "province.code": ["79"] })).toBe('province.code = "79"')
  })

  it("matches nothing for an empty $in, and everything for an empty $nin", () => {
    expect(compile({ "province.code": { $in: [] } })).toBe("id NOT EXISTS")
    expect(compile({ "province.code": [] })).toBe("id NOT EXISTS")
    expect(compile({ "province.code": { $nin: [] } })).toBeUndefined()
  })

  it("negates $nin", () => {
    expect(compile({ "province.code": { $nin: ["79", "22"] } })).toBe('NOT province.code IN ["79", "22"]')
  })

  it("lets null in a list match documents without the field", () => {
    expect(compile({ "province.code": { $in: ["79", null] } })).toBe('province.code = "79" OR NOT province.code EXISTS')
    expect(compile({ "province.code": { $nin: ["79", null] } })).toBe('NOT (province.code = "79" OR NOT province.code EXISTS)')
  })
})

describe("ranges", () => {
  it("combines operators on one field with AND", () => {
    expect(compile({ price_min: { $gte: 100000, $lt: 300000 } })).toBe("price_min >= 100000 AND price_min < 300000")
    expect(compile({ rating: { $gt: 4, $lte: 5 } })).toBe("rating > 4 AND rating <= 5")
  })

  it("compares text lexicographically (Meilisearch ≥ 1.15)", () => {
    expect(compile({ handle: { $gt: "m" } })).toBe('handle > "m"')
  })

  it("refuses ordering booleans and comparing with nothing", () => {
    expect(() => compile({ in_stock: { $gt: false } })).toThrow(/cannot order booleans/)
    expect(() => compile({ stars: { $gt: null } })).toThrow(/needs a single value/)
    expect(() => compile({ stars: { $gt: [1, 2] } as any })).toThrow(/needs a single value/)
  })

  it("applies to any element of an array field", () => {
    expect(compile({ group_handles: { $gte: "b" } })).toBe('group_handles >= "b"')
  })
})

describe("array membership", () => {
  it("means 'contains' for a bare value or $eq on an array field", () => {
    expect(compile({ group_handles: "tra" })).toBe('group_handles = "tra"')
    expect(compile({ sales_channel_ids: { $eq: "sc_main" } })).toBe('sales_channel_ids = "sc_main"')
  })

  it("means 'contains any' for a list, $in and $overlaps", () => {
    expect(compile({ sales_channel_ids: ["sc_main", "sc_b2b"] })).toBe('sales_channel_ids IN ["sc_main", "sc_b2b"]')
    expect(compile({ group_handles: { $overlaps: ["tra", "ca-phe"] } })).toBe('group_handles IN ["tra", "ca-phe"]')
  })

  it("means 'contains all' for $contains", () => {
    expect(compile({ group_handles: { $contains: ["do-uong", "tra"] } })).toBe('group_handles = "do-uong" AND group_handles = "tra"')
    expect(compile({ group_handles: { $contains: "tra" } })).toBe('group_handles = "tra"')
    expect(compile({ group_handles: { $contains: [] } })).toBeUndefined()
  })

  it("refuses array operators on single-valued fields", () => {
    expect(() => compile({ handle: { $contains: "a" } })).toThrow(/needs an array field/)
    expect(() => compile({ handle: { $overlaps: ["a"] } })).toThrow(/needs an array field/)
  })

  it("works on leaves inside arrays of objects", () => {
    const fields = buildIndexPlan(productDefinition({ fields: { ...productDefinition().fields, groups: { type: "object", array: true, fields: { handle: { type: "keyword", filterable: true } } } } }))
    expect(compileFilters({ "groups.handle": ["tra", "banh"] }, { primaryKey: "id", fields: fields.fields })).toBe('groups.handle IN ["tra", "banh"]')
  })
})

describe("logic", () => {
  it("ANDs the keys of an object", () => {
    expect(compile({ in_stock: true, stars: 5, "province.code": "22" })).toBe('in_stock = true AND stars = 5 AND province.code = "22"')
  })

  it("nests $or inside AND with parentheses", () => {
    expect(compile({ in_stock: true, $or: [{ stars: 5 }, { "province.code": "79" }] })).toBe('in_stock = true AND (stars = 5 OR province.code = "79")')
  })

  it("nests $and inside $or with parentheses", () => {
    expect(compile({ $or: [{ stars: 5 }, { $and: [{ stars: 4 }, { in_stock: true }] }] })).toBe("stars = 5 OR (stars = 4 AND in_stock = true)")
    expect(compile({ $or: [{ stars: 5 }, { stars: 4, in_stock: true }] })).toBe("stars = 5 OR (stars = 4 AND in_stock = true)")
  })

  it("flattens nested groups of the same kind", () => {
    expect(compile({ $and: [{ stars: 5 }, { $and: [{ in_stock: true }, { rating: { $gt: 4 } }] }] })).toBe("stars = 5 AND in_stock = true AND rating > 4")
    expect(compile({ $or: [{ stars: 5 }, { $or: [{ stars: 4 }, { stars: 3 }] }] })).toBe("stars = 5 OR stars = 4 OR stars = 3")
  })

  it("negates with $not, bracketing compound conditions", () => {
    expect(compile({ $not: { "producer.type": "company" } })).toBe('NOT producer.type = "company"')
    expect(compile({ $not: { stars: 5, in_stock: true } })).toBe("NOT (stars = 5 AND in_stock = true)")
    expect(compile({ $not: { $not: { stars: 5 } } })).toBe("stars = 5")
  })

  it("keeps a deep mix of everything well-bracketed", () => {
    expect(
      compile({
        sales_channel_ids: ["sc_main"],
        $or: [
          { "province.name": "Bà Rịa - Vũng Tàu", stars: { $gte: 4 } },
          { $not: { group_handles: { $in: ["banh", "gia-vi"] } }, "producer.slug": 'htx-"sao"' },
        ],
      })
    ).toBe(
      'sales_channel_ids = "sc_main" AND ((province.name = "Bà Rịa - Vũng Tàu" AND stars >= 4) OR (NOT group_handles IN ["banh", "gia-vi"] AND producer.slug = "htx-\\"sao\\""))'
    )
  })

  it("folds constant branches away", () => {
    expect(compile({ $and: [] })).toBeUndefined()
    expect(compile({ $or: [] })).toBe("id NOT EXISTS")
    expect(compile({ $or: [{ stars: 5 }, { "province.code": { $nin: [] } }] })).toBeUndefined()
    expect(compile({ stars: 5, $or: [{ "province.code": [] }] })).toBe("id NOT EXISTS")
    expect(compile({ $not: { $or: [] } })).toBeUndefined()
  })

  it("ignores q, which the Search Module lifts out", () => {
    expect(compile({ q: "trà", stars: 5 })).toBe("stars = 5")
    expect(compileFilters(undefined, ctx)).toBeUndefined()
  })

  it("reads nested object filters as dotted paths", () => {
    expect(compile({ province: { code: "79" } } as SearchTypes.SearchFilters)).toBe('province.code = "79"')
  })
})

describe("what Meilisearch cannot filter", () => {
  it("refuses $prefix and $like rather than approximating them", () => {
    for (const operator of ["$prefix", "$like"]) {
      let error: unknown
      try {
        compile({ handle: { [operator]: "tra" } })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toBe(MedusaError.Types.NOT_ALLOWED)
      expect((error as Error).message).toMatch(/no prefix or substring filter/)
    }
  })

  it("refuses unknown operators, unknown fields and fields that are not filterable", () => {
    expect(() => compile({ stars: { $between: [1, 2] } as any })).toThrow(/operator \$between/)
    expect(() => compile({ $nor: [{ stars: 1 }] } as any)).toThrow(/logical operator \$nor/)
    expect(() => compile({ colour: "red" })).toThrow(/unknown filter field "colour" on index "product"/)
    expect(() => compile({ title: "Trà" })).toThrow(/"title" is not filterable/)
    expect(() => compile({ stars: { $gt: 1, max: 2 } as any })).toThrow(/plain key "max"/)
    expect(() => compile({ stars: { min: 2 } as any })).toThrow(/object without operators/)
  })
})

describe("filters without a known definition (deletes after a restart)", () => {
  const bare = { primaryKey: "id" }
  it("writes values by their JavaScript type", () => {
    expect(compileFilters({ store_id: "store_1" }, bare)).toBe('store_id = "store_1"')
    expect(compileFilters({ stars: 5, in_stock: false }, bare)).toBe("stars = 5 AND in_stock = false")
    expect(compileFilters({ created_at: { $lt: new Date(0) } }, bare)).toBe("created_at < 0")
    expect(compileFilters({ id: { $nin: ["a", "b"] } }, bare)).toBe('NOT id IN ["a", "b"]')
  })
})

describe("andFilters", () => {
  it("brackets each part and skips empty ones", () => {
    expect(andFilters("a = 1 OR b = 2", undefined, "c > 3")).toBe("(a = 1 OR b = 2) AND (c > 3)")
    expect(andFilters(undefined, "c > 3")).toBe("c > 3")
    expect(andFilters()).toBeUndefined()
  })
})
