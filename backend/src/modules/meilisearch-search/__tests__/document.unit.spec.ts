import { search } from "@medusajs/framework/utils"
import { fromMeilisearchHit, toMeilisearchDocument } from "../document"
import { buildIndexPlan } from "../fields"
import { productDefinition, vietnameseProducts } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const toDocument = (document: Record<string, unknown>) => toMeilisearchDocument(document as any, plan)

describe("documents sent to Meilisearch", () => {
  it("keeps exactly the declared fields, in their declared shape, keyed by id", () => {
    const [tea] = vietnameseProducts
    const document = toDocument({ ...tea, status: "published", metadata: { secret: 1 }, embedding: [0.1, 0.2, 0.3, 0.4] })
    expect(document).toEqual({
      id: "prod_tra_hoa_vang",
      handle: "tra-hoa-vang-ba-che",
      title: "Trà hoa vàng Ba Chẽ",
      subtitle: "Đặc sản Quảng Ninh",
      description: "Trà hoa vàng hái ở rừng Ba Chẽ, sấy lạnh.",
      producer: { slug: "htx-ba-che", name: 'HTX "Hoa Vàng" Ba Chẽ', type: "cooperative" },
      province: { code: "22", name: "Quảng Ninh" },
      groups: [{ handle: "tra", name: "Trà" }],
      group_handles: ["do-uong", "tra"],
      stars: 5,
      price_min: 350000,
      rating: 4.8,
      in_stock: true,
      created_at: Date.parse("2025-03-01T00:00:00.000Z"),
      sales_channel_ids: ["sc_main"],
    })
  })

  it("keeps text exactly as written: Meilisearch does the Vietnamese folding", () => {
    expect(toDocument({ id: "p1", title: "Đặc sản Bà Rịa - Vũng Tàu" }).title).toBe("Đặc sản Bà Rịa - Vũng Tàu")
  })

  it("stores numbers as numbers and drops values that are not numbers", () => {
    expect(toDocument({ id: "p1", stars: "5", price_min: "120000", rating: "4.5" })).toEqual({ id: "p1", stars: 5, price_min: 120000, rating: 4.5 })
    expect(toDocument({ id: "p1", stars: "năm sao", price_min: "", rating: { value: 4 } })).toEqual({ id: "p1" })
    expect(toDocument({ id: "p1", stars: true })).toEqual({ id: "p1" })
  })

  it("stores booleans as booleans, reading string forms by content", () => {
    expect(toDocument({ id: "p1", in_stock: "false" }).in_stock).toBe(false)
    expect(toDocument({ id: "p1", in_stock: "true" }).in_stock).toBe(true)
    expect(toDocument({ id: "p1", in_stock: 0 }).in_stock).toBe(false)
  })

  it("stores dates as epoch milliseconds so they filter, sort and facet as numbers", () => {
    const ms = Date.UTC(2025, 6, 1)
    expect(toDocument({ id: "p1", created_at: new Date(ms) }).created_at).toBe(ms)
    expect(toDocument({ id: "p1", created_at: "2025-07-01T00:00:00Z" }).created_at).toBe(ms)
    expect(toDocument({ id: "p1", created_at: ms }).created_at).toBe(ms)
    expect(toDocument({ id: "p1", created_at: "không phải ngày" })).toEqual({ id: "p1" })
  })

  it("keeps arrays as arrays, wraps a single value given to an array field, flattens nested arrays", () => {
    expect(toDocument({ id: "p1", group_handles: ["tra", "do-uong"] }).group_handles).toEqual(["tra", "do-uong"])
    expect(toDocument({ id: "p1", group_handles: "tra" }).group_handles).toEqual(["tra"])
    expect(toDocument({ id: "p1", group_handles: [["tra"], ["do-uong", null]] }).group_handles).toEqual(["tra", "do-uong"])
  })

  it("keeps the first value when a single-valued field is given several", () => {
    expect(toDocument({ id: "p1", stars: [4, 5] }).stars).toBe(4)
  })

  it("keeps arrays of objects with their declared leaves only", () => {
    expect(
      toDocument({ id: "p1", groups: [{ handle: "tra", name: "Trà", id: "pcat_1" }, { handle: "do-uong" }, "not an object", { id: "pcat_3" }] })
        .groups
    ).toEqual([{ handle: "tra", name: "Trà" }, { handle: "do-uong" }])
  })

  it("leaves out missing, null and empty values so EXISTS means 'has a value'", () => {
    expect(
      toDocument({ id: "p1", title: null, subtitle: undefined, group_handles: [], groups: [], producer: {}, province: { code: null } })
    ).toEqual({ id: "p1" })
  })

  it("needs a primary key Meilisearch accepts", () => {
    expect(() => toDocument({ title: "Không có id" })).toThrow(/has no primary key "id"/)
    expect(() => toDocument({ id: "" })).toThrow(/has no primary key "id"/)
    expect(() => toDocument({ id: "prod 1" })).toThrow(/invalid \("prod 1"\) primary key/)
    expect(() => toDocument({ id: "prod.1" })).toThrow(/letters, digits/)
    expect(toDocument({ id: "prod_01JABC-x" }).id).toBe("prod_01JABC-x")
  })

  it("keeps a whole-number primary key of an integer field as a number", () => {
    const fields = search.define({ code: search.integer().filterable(), name: search.text().searchable() }).toFields()
    const provinces = buildIndexPlan({ name: "province", fields, primary_key: "code" })
    expect(toMeilisearchDocument({ id: "x", code: 79, name: "TP. Hồ Chí Minh" }, provinces)).toEqual({ code: 79, name: "TP. Hồ Chí Minh" })
    // A fraction is not a whole number, and "1.5" is not a valid string id either.
    expect(() => toMeilisearchDocument({ id: "x", code: 1.5 } as any, provinces)).toThrow(/invalid \(1.5\) primary key "code"/)
  })
})

describe("hits read back from Meilisearch", () => {
  const hit = {
    id: "prod_ca_phe",
    title: "Cà phê Buôn Ma Thuột rang mộc",
    province: { code: "66", name: "Đắk Lắk" },
    groups: [{ handle: "ca-phe", name: "Cà phê" }],
    created_at: Date.parse("2025-07-20T00:00:00.000Z"),
    _formatted: { title: "<mark>Cà phê</mark> Buôn Ma Thuột rang mộc" },
    _rankingScore: 0.93,
    _matchesPosition: {},
  }

  it("returns only the requested paths, keeping their shape", () => {
    expect(fromMeilisearchHit(hit, plan, ["title", "province.name", "groups.name"])).toEqual({
      title: "Cà phê Buôn Ma Thuột rang mộc",
      province: { name: "Đắk Lắk" },
      groups: [{ name: "Cà phê" }],
    })
  })

  it("turns dates back into ISO strings", () => {
    expect(fromMeilisearchHit(hit, plan, ["created_at"])).toEqual({ created_at: "2025-07-20T00:00:00.000Z" })
  })

  it("never leaks engine keys, even when asked for", () => {
    expect(fromMeilisearchHit(hit, plan, ["_formatted", "_rankingScore", "id"])).toEqual({ id: "prod_ca_phe" })
  })
})
