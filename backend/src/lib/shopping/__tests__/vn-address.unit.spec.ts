import { VnAddressInput, fromMedusaAddress, toMedusaAddress } from "../vn-address"
import { fieldErrors } from "../../../api/validation"

const valid = { full_name: "Nguyễn Thị Lan", phone: "0987 654 321", province_code: "01", commune_code: "00577", street: "12 Hàng Bạc" }

describe("VnAddressInput", () => {
  it("normalises the phone and accepts a typed commune name instead of a code", () => {
    expect(VnAddressInput.parse(valid).phone).toBe("0987654321")
    const typed = VnAddressInput.parse({ ...valid, commune_code: "", commune_name: "Xã Mới" })
    expect(typed.commune_code).toBeUndefined()
    expect(typed.commune_name).toBe("Xã Mới")
  })

  it("says what is wrong, field by field, in Vietnamese", () => {
    const result = VnAddressInput.safeParse({ ...valid, phone: "123", province_code: "", commune_code: undefined, street: "" })
    expect(result.success).toBe(false)
    const fields = fieldErrors((result as any).error)
    expect(fields.phone).toMatch(/Số điện thoại không hợp lệ/)
    expect(fields.province_code).toMatch(/tỉnh\/thành phố/)
    expect(fields.street).toMatch(/số nhà/)
  })

  it("round-trips through Medusa's address fields", () => {
    const address = { ...valid, phone: "0987654321", province_name: "Hà Nội", commune_name: "Bát Tràng" }
    expect(fromMedusaAddress(toMedusaAddress(address))).toEqual(address)
  })
})
