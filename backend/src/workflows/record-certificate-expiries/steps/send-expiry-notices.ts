import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { vnDay } from "../../../utils/vn-date"

type Due = { id: string; product_id: string; decision_number: string; expires_at: Date }

export const EXPIRY_NOTICE_TEMPLATE = "ocop-certificate-expiring"

/**
 * Tells each producer, once, that a certificate lapses within 30 days so it can
 * apply for re-recognition (công nhận lại). Producers without an e-mail are
 * marked too: the notice is recorded, there is nobody to send it to.
 */
export const sendExpiryNoticesStep = createStep(
  "send-expiry-notices",
  async ({ certificates, now }: { certificates: Due[]; now: Date }, { container }) => {
    if (!certificates.length) return new StepResponse([], [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "producer.name", "producer.email"],
      filters: { id: certificates.map((c) => c.product_id) },
    })
    const productById = new Map(products.map((p: any) => [p.id, p]))
    const notifications = certificates.flatMap((certificate) => {
      const product: any = productById.get(certificate.product_id)
      const email = product?.producer?.email
      if (!email) return []
      return [
        {
          to: email,
          channel: "email",
          template: EXPIRY_NOTICE_TEMPLATE,
          data: {
            subject: `Chứng nhận OCOP của "${product.title}" sắp hết hạn`,
            producer_name: product.producer.name,
            product_title: product.title,
            decision_number: certificate.decision_number,
            expires_on: vnDay(new Date(certificate.expires_at)),
          },
          trigger_type: "ocop_certificate.expiring",
          resource_id: certificate.id,
          resource_type: "ocop_certificate",
        },
      ]
    })
    if (notifications.length) {
      await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
    }
    const ids = certificates.map((c) => c.id)
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates(ids.map((id) => ({ id, expiry_notice_sent_at: now })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificates(ids.map((id) => ({ id, expiry_notice_sent_at: null })))
  }
)
