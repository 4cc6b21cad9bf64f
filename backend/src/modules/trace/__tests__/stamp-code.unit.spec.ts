import { newStampCode, normalizeStampCode, STAMP_CODE_LENGTH } from "../stamp-code"

describe("stamp codes", () => {
  it("are random, of fixed length, without letters people confuse", () => {
    const codes = Array.from({ length: 2000 }, newStampCode)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${STAMP_CODE_LENGTH}}$`))
  })

  it("read the same however they are typed", () => {
    expect(normalizeStampCode("ab12 cd34-ef56 gh78")).toBe("AB12CD34EF56GH78")
  })
})
