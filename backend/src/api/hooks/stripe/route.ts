import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"

const STRIPE_PROVIDER = "stripe_stripe"

/**
 * POST /hooks/stripe — Stripe's webhook. Unlike Medusa's generic
 * /hooks/payment/:provider (which answers 200 and checks later), the signature
 * is verified before anything is done, and a forged call gets 400. A verified
 * event then moves the payment through Medusa's own processPaymentWorkflow.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  if (!process.env.STRIPE_API_KEY) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Stripe is not configured.")
  const payments = req.scope.resolve(Modules.PAYMENT)
  let event: Awaited<ReturnType<typeof payments.getWebhookActionAndData>>
  try {
    event = await payments.getWebhookActionAndData({
      provider: STRIPE_PROVIDER,
      payload: { data: req.body as Record<string, unknown>, rawData: (req as any).rawBody, headers: req.headers as Record<string, unknown> },
    })
  } catch (error) {
    req.scope.resolve("logger").warn(`Stripe webhook refused: ${(error as Error).message}`)
    return res.status(400).json({ type: "invalid_data", message: "Webhook signature verification failed." })
  }
  if (event.action === PaymentActions.NOT_SUPPORTED || !event.data?.session_id) {
    return res.status(200).json({ received: true, handled: false })
  }
  await processPaymentWorkflow(req.scope).run({ input: event })
  res.status(200).json({ received: true, handled: true, action: event.action })
}
