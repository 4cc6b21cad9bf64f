import { nfc } from "../nfc"

describe("nfc", () => {
  const decomposed = "Tra\u0300 hoa va\u0300ng Ba Che\u0303" // "Trà hoa vàng Ba Chẽ" typed with combining marks

  it("turns decomposed Vietnamese into the precomposed form", () => {
    expect(decomposed).not.toBe("Trà hoa vàng Ba Chẽ")
    expect(nfc(decomposed)).toBe("Trà hoa vàng Ba Chẽ")
  })

  it("normalises strings inside nested objects and arrays, leaving other values alone", () => {
    const date = new Date("2026-01-01T00:00:00Z")
    const result = nfc({ title: decomposed, tags: [decomposed], price: 150000, at: date, none: null })
    expect(result).toEqual({ title: "Trà hoa vàng Ba Chẽ", tags: ["Trà hoa vàng Ba Chẽ"], price: 150000, at: date, none: null })
    expect(result.at).toBe(date)
  })
})
