/**
 * VND has no minor unit and Stripe treats it as zero-decimal: 150.000 ₫ must
 * travel as amount 150000, both ways. Checked on the provider the shop uses
 * (@medusajs/payment-stripe), with events signed by the Stripe SDK's own helper.
 */
import { getAmountFromSmallestUnit, getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import { paymentProviders } from "../payments"

const Stripe = require(require.resolve("stripe", { paths: [require.resolve("@medusajs/payment-stripe")] }))
const SECRET = "whsec_unit_test"

const signed = (event: Record<string, unknown>) => {
  const payload = JSON.stringify(event)
  return { data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) } }
}
const intentEvent = (type: string, amount: number) => ({
  id: "evt_1",
  object: "event",
  type,
  data: { object: { id: "pi_1", object: "payment_intent", amount, amount_received: amount, amount_capturable: amount, currency: "vnd", metadata: { session_id: "payses_1" } } },
})

describe("Stripe in đồng", () => {
  it("sends and reads VND amounts unchanged (zero-decimal)", () => {
    expect(getSmallestUnit(150000, "vnd")).toBe(150000)
    expect(getAmountFromSmallestUnit(150000, "vnd")).toBe(150000)
    // A two-decimal currency, for contrast.
    expect(getSmallestUnit(12.5, "usd")).toBe(1250)
  })

  it("turns a signed webhook into Medusa's action with the amount in đồng, and refuses a forged one", async () => {
    const provider = new (StripeProviderService as any)({ logger: console }, { apiKey: "sk_test_offline", webhookSecret: SECRET })
    await expect(provider.getWebhookActionAndData(signed(intentEvent("payment_intent.succeeded", 150000)))).resolves.toEqual({
      action: "captured",
      data: { session_id: "payses_1", amount: 150000 },
    })
    await expect(provider.getWebhookActionAndData(signed(intentEvent("payment_intent.amount_capturable_updated", 99000)))).resolves.toMatchObject({
      action: "authorized",
      data: { amount: 99000 },
    })
    const forged = { ...signed(intentEvent("payment_intent.succeeded", 150000)), headers: { "stripe-signature": "t=1,v1=forged" } }
    await expect(provider.getWebhookActionAndData(forged)).rejects.toThrow()
  })

  it("registers Stripe only with STRIPE_API_KEY, and the bank account from the environment", () => {
    expect(paymentProviders({}).map((p) => p.id)).toEqual(["offline"])
    const withStripe = paymentProviders({ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1", BANK_TRANSFER_ACCOUNT_NUMBER: "123456789" })
    expect(withStripe.map((p) => p.id)).toEqual(["offline", "stripe"])
    expect((withStripe[0].options as any).account_number).toBe("123456789")
    expect((withStripe[1].options as any)).toMatchObject({ apiKey: "sk_test_1", webhookSecret: "whsec_1" })
  })
})
