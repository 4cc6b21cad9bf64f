import { z } from "zod"
import { VnAddressInput } from "../../../lib/shopping/vn-address"

export const CheckoutAddressBody = z.object({
  email: z.string({ error: "Vui lòng nhập email." }).trim().email("Email không hợp lệ."),
  address: VnAddressInput,
})
export type CheckoutAddressBody = z.infer<typeof CheckoutAddressBody>

export const PromotionCodeBody = z.object({
  code: z.string({ error: "Vui lòng nhập mã khuyến mãi." }).trim().min(1, "Vui lòng nhập mã khuyến mãi.").max(50),
})

export const DeliveryBody = z.object({
  selections: z
    .array(z.object({ producer_id: z.string().min(1), option_id: z.string().min(1) }), { error: "Vui lòng chọn cách giao hàng." })
    .min(1, "Vui lòng chọn cách giao hàng."),
})
export type DeliveryBody = z.infer<typeof DeliveryBody>

export const PaymentBody = z.object({ provider_id: z.string({ error: "Vui lòng chọn cách thanh toán." }).min(1) })

export const ClaimOrderBody = z.object({ token: z.string().min(10, "Liên kết đơn hàng không hợp lệ.") })

export const OrdersQuery = z.object({
  limit: z.coerce.number<string>().int().min(1).max(50).default(10),
  offset: z.coerce.number<string>().int().min(0).default(0),
})
