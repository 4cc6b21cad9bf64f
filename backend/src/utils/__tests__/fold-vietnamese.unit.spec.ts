import { foldVietnamese, slugify } from "../fold-vietnamese"

describe("foldVietnamese", () => {
  it("makes what people type comparable with what is stored", () => {
    expect(foldVietnamese("Bạc Liêu")).toBe("bac lieu")
    expect(foldVietnamese("  BAC   LIEU ")).toBe("bac lieu")
    expect(foldVietnamese("Đắk Lắk")).toBe("dak lak")
    expect(foldVietnamese("Bà Rịa - Vũng Tàu")).toBe("ba ria vung tau")
  })

  it("turns names into URL slugs", () => {
    expect(slugify("Hợp tác xã Trà hoa vàng Ba Chẽ")).toBe("hop-tac-xa-tra-hoa-vang-ba-che")
  })
})
