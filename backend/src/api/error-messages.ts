import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

/** Medusa's own messages a shopper can meet, said in Vietnamese. */
const TRANSLATIONS: [RegExp, string][] = [
  [/does not have the required inventory|Not enough stock/i, "Sản phẩm không đủ hàng cho số lượng bạn chọn. Vui lòng giảm số lượng."],
  [/promotion code .* is invalid/i, "Mã khuyến mãi không hợp lệ."],
  [/Invalid email or password/i, "Email hoặc mật khẩu không đúng."],
  [/Identity with email already exists/i, "Email này đã có tài khoản. Vui lòng đăng nhập hoặc đặt lại mật khẩu."],
  [/Customer with email .* has an account/i, "Email này đã có tài khoản. Vui lòng đăng nhập."],
  [/Cart .* is already completed|cart is completed/i, "Giỏ hàng này đã được đặt hàng."],
  [/No shipping method selected|shipping profiles that are not satisfied/i, "Vui lòng chọn cách giao hàng cho từng nhà sản xuất."],
  [/payment sessions|Payment collection has not been initiated/i, "Vui lòng chọn cách thanh toán."],
]

export function translateMessage(message: string): string | null {
  for (const [pattern, vietnamese] of TRANSLATIONS) if (pattern.test(message)) return vietnamese
  return null
}

/** Medusa's error handler, after the message is put in the shopper's language. */
export function translatedErrorHandler() {
  const handle = errorHandler()
  return (err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const vietnamese = typeof err?.message === "string" ? translateMessage(err.message) : null
    if (vietnamese) err.message = vietnamese
    return handle(err, req, res, next)
  }
}
