import { translateMessage } from "../error-messages"

describe("translateMessage", () => {
  it("says Medusa's stock and login messages in Vietnamese", () => {
    expect(translateMessage("Some variant does not have the required inventory")).toMatch(/không đủ hàng/)
    expect(translateMessage("Invalid email or password")).toBe("Email hoặc mật khẩu không đúng.")
  })
  it("leaves other messages alone", () => {
    expect(translateMessage("Sản phẩm không còn bán")).toBeNull()
  })
})
