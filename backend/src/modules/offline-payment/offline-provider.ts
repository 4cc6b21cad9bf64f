import crypto from "crypto"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  CancelPaymentInput,
  CapturePaymentInput,
  DeletePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
  RefundPaymentInput,
  RetrievePaymentInput,
  UpdatePaymentInput,
} from "@medusajs/framework/types"

/**
 * A payment settled outside the shop (cash to the courier, a bank transfer).
 * Placing the order authorizes it; the money is captured when it is received.
 */
export abstract class OfflinePaymentProvider<TOptions = Record<string, unknown>> extends AbstractPaymentProvider<TOptions> {
  constructor(cradle: Record<string, unknown>, options: TOptions) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput) {
    return { id: `offline_${crypto.randomUUID()}`, data: { amount: input.amount, currency_code: input.currency_code } }
  }
  async authorizePayment(input: AuthorizePaymentInput) {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data, authorized_at: new Date().toISOString() } }
  }
  async capturePayment(input: CapturePaymentInput) {
    return { data: { ...input.data, captured_at: new Date().toISOString() } }
  }
  async cancelPayment(input: CancelPaymentInput) {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }
  async refundPayment(input: RefundPaymentInput) {
    return { data: { ...input.data } }
  }
  async deletePayment(input: DeletePaymentInput) {
    return { data: input.data }
  }
  async retrievePayment(input: RetrievePaymentInput) {
    return { data: input.data }
  }
  async updatePayment(input: UpdatePaymentInput) {
    return { data: { ...input.data, amount: input.amount, currency_code: input.currency_code } }
  }
  async getPaymentStatus(input: GetPaymentStatusInput) {
    const data = input.data ?? {}
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data }
    if (data.captured_at) return { status: PaymentSessionStatus.CAPTURED, data }
    if (data.authorized_at) return { status: PaymentSessionStatus.AUTHORIZED, data }
    return { status: PaymentSessionStatus.PENDING, data }
  }
  // Nobody outside calls back about cash or transfers.
  async getWebhookActionAndData() {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
