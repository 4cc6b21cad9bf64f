import { normalizeVnPhone } from "../vn-phone"

describe("normalizeVnPhone", () => {
  it.each([
    ["0912 345 678", "0912345678"],
    ["+84 912.345.678", "0912345678"],
    ["84912345678", "0912345678"],
    ["(024) 3825 1234", "02438251234"],
    ["0388-123-456", "0388123456"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeVnPhone(input)).toBe(expected)
  })

  it.each(["12345", "0123456789", "091234567", "09123456789", "+1 415 555 0100", "0212345678", "abc"])("refuses %s", (input) => {
    expect(normalizeVnPhone(input)).toBeNull()
  })
})
