import { hashOrderToken, newOrderAccessToken, orderCode, orderTokenMatches, transferMemo } from "../order-access"

describe("order access tokens", () => {
  it("keeps only a hash and matches the token that made it", () => {
    const { token, hash } = newOrderAccessToken()
    expect(token.length).toBeGreaterThanOrEqual(32)
    expect(hash).not.toContain(token)
    expect(hash).toBe(hashOrderToken(token))
    expect(orderTokenMatches({ metadata: { access_token_hash: hash } }, token)).toBe(true)
    expect(orderTokenMatches({ metadata: { access_token_hash: hash } }, `${token}x`)).toBe(false)
    expect(orderTokenMatches({ metadata: {} }, token)).toBe(false)
    expect(orderTokenMatches({ metadata: { access_token_hash: hash } }, undefined)).toBe(false)
  })

  it("makes a new token every time", () => {
    expect(newOrderAccessToken().token).not.toBe(newOrderAccessToken().token)
  })

  it("names orders OCOP-000123 and keeps bank memos to letters and digits", () => {
    expect(orderCode(123)).toBe("OCOP-000123")
    expect(transferMemo(123)).toBe("OCOP000123")
    expect(orderCode(1234567)).toBe("OCOP-1234567")
  })
})
