/**
 * Payment providers: cash on delivery and bank transfer always; Stripe cards
 * when STRIPE_API_KEY is set. The bank account shown to shoppers comes from the
 * environment; the defaults are a visibly fake demo account.
 */
export function paymentProviders(env: NodeJS.ProcessEnv = process.env) {
  const providers: Record<string, unknown>[] = [
    {
      resolve: "./src/modules/offline-payment",
      id: "offline",
      options: {
        bank_name: env.BANK_TRANSFER_BANK_NAME ?? "Ngân hàng Demo (không chuyển thật)",
        account_name: env.BANK_TRANSFER_ACCOUNT_NAME ?? "CONG TY CHO OCOP DEMO",
        account_number: env.BANK_TRANSFER_ACCOUNT_NUMBER ?? "0000000000",
        branch: env.BANK_TRANSFER_BRANCH ?? "Hà Nội",
      },
    },
  ]
  if (env.STRIPE_API_KEY) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        // The Payment Element offers whatever the Stripe account has enabled for VND.
        automaticPaymentMethods: true,
      },
    })
  }
  return providers
}
