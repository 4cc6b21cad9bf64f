import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type PaymentMethodCode = "cod" | "bank_transfer" | "stripe"

/** The ways to pay the shop offers, in the order shoppers see them. */
export const PAYMENT_METHODS: { provider_id: string; code: PaymentMethodCode; name: string; description: string }[] = [
  {
    provider_id: "pp_cod_offline",
    code: "cod",
    name: "Thanh toán khi nhận hàng (COD)",
    description: "Trả tiền mặt cho người giao hàng khi nhận từng kiện.",
  },
  {
    provider_id: "pp_bank_transfer_offline",
    code: "bank_transfer",
    name: "Chuyển khoản ngân hàng",
    description: "Chuyển đúng số tiền với nội dung là mã đơn hàng; thông tin tài khoản hiện sau khi đặt hàng.",
  },
  {
    provider_id: "pp_stripe_stripe",
    code: "stripe",
    name: "Thẻ tín dụng / ghi nợ",
    description: "Thanh toán thẻ qua Stripe; tiền chỉ bị trừ khi đơn được xác nhận.",
  },
]

export function paymentMethodOf(providerId: string | null | undefined) {
  return PAYMENT_METHODS.find((method) => method.provider_id === providerId) ?? null
}

/** The shop's payment providers this server has registered (Stripe only with STRIPE_API_KEY). */
export async function shopPaymentProviders(container: MedusaContainer): Promise<string[]> {
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  const ids = new Set(registered.map((provider) => provider.id))
  return PAYMENT_METHODS.map((method) => method.provider_id).filter((id) => ids.has(id))
}
