import { correctQuery, editDistance, searchText, vocabularyOf } from "../text"
import { synonymsFor } from "../synonyms"

describe("search text", () => {
  it("folds what shoppers type the way the index does", () => {
    expect(searchText("  Nước MẮM  Phú-Quốc ")).toBe("nuoc mam phu quoc")
    expect(searchText("Đắk Lắk")).toBe("dak lak")
  })

  it("counts typos as edits, a swap of neighbours being one", () => {
    expect(editDistance("quocc", "quoc")).toBe(1)
    expect(editDistance("ogn", "ong")).toBe(1)
    expect(editDistance("phu", "quoc")).toBeGreaterThan(2)
  })

  it("corrects unknown words against a vocabulary, in the shopper's own style", () => {
    const vocabulary = vocabularyOf(["Nước mắm Phú Quốc 40 độ đạm", "Mật ong bạc hà Mèo Vạc", "Mật ong hoa bạc hà"])
    expect(correctQuery("nuoc mam phu quocc", vocabulary)).toBe("nuoc mam phu quoc")
    expect(correctQuery("mật ogn bạc hà", vocabulary)).toBe("mật ong bạc hà")
    // "haa" is one edit from both "ha" and "hoa": the one sharing the longer start wins.
    expect(correctQuery("mat ong bac haa", vocabulary)).toBe("mat ong bac ha")
    expect(correctQuery("nuoc mam", vocabulary)).toBeNull()
    expect(correctQuery("xyzxyz", vocabulary)).toBeNull()
  })
})

describe("synonyms", () => {
  it("adds the other names of what a product is", () => {
    expect(synonymsFor("Chè tôm nõn Tân Cương")).toEqual(expect.arrayContaining(["trà", "tea"]))
    expect(synonymsFor("Cà phê Robusta Buôn Ma Thuột")).toEqual(expect.arrayContaining(["cafe", "coffee"]))
    expect(synonymsFor("Mắm tôm chua Huế")).toContain("nước mắm")
  })

  it("keeps diacritics and leaves place names out", () => {
    expect(synonymsFor("Trà hoa vàng Ba Chẽ")).toContain("chè")
    expect(synonymsFor("Miến dong Bình Liêu — Quảng Ninh")).toEqual([])
    expect(synonymsFor("Mật hoa dừa Trà Vinh", { placeNames: ["Trà Vinh", "Vĩnh Long"] })).not.toContain("chè")
  })

  it("reads groups from the data file and can take others", () => {
    expect(synonymsFor("Hạt điều rang muối", { groups: [["điều", "cashew"]] })).toEqual(["cashew"])
  })
})
