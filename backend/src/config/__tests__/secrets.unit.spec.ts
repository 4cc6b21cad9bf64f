import { requiredSecret } from "../secrets"

describe("requiredSecret", () => {
  it("falls back to a development value outside production", () => {
    expect(requiredSecret("JWT_SECRET", { NODE_ENV: "development" })).toBe("supersecret")
    expect(requiredSecret("JWT_SECRET", { NODE_ENV: "development", JWT_SECRET: "abc" })).toBe("abc")
  })

  it("stops a production server whose secret is missing or left at the default", () => {
    expect(() => requiredSecret("JWT_SECRET", { NODE_ENV: "production" })).toThrow(/JWT_SECRET must be set.*missing/)
    expect(() => requiredSecret("COOKIE_SECRET", { NODE_ENV: "production", COOKIE_SECRET: "supersecret" })).toThrow(
      /left at the default/
    )
    expect(requiredSecret("COOKIE_SECRET", { NODE_ENV: "production", COOKIE_SECRET: "a-long-random-value" })).toBe(
      "a-long-random-value"
    )
  })
})
