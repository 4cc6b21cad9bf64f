import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findCertificatesDueStep } from "./steps/find-certificates-due"
import { sendExpiryNoticesStep } from "./steps/send-expiry-notices"
import { markExpiredStep } from "./steps/mark-expired"

export const CERTIFICATE_EXPIRED = "ocop_certificate.expired"

/** The daily run: 30-day notices to producers, and a record (and event) for each lapse. */
export const recordCertificateExpiriesWorkflow = createWorkflow(
  "record-certificate-expiries",
  (input: { now?: Date }) => {
    const now = transform({ input }, ({ input }) => input.now ?? new Date())
    const due = findCertificatesDueStep({ now })
    const noticed = sendExpiryNoticesStep({ certificates: due.expiring, now })
    const expiredIds = transform({ due }, ({ due }) => due.expired.map((c) => c.id))
    const expired = markExpiredStep({ ids: expiredIds, now })
    emitEventStep({
      eventName: CERTIFICATE_EXPIRED,
      data: transform({ due }, ({ due }) => due.expired.map((c) => ({ id: c.id, product_id: c.product_id }))),
    })
    return new WorkflowResponse({ noticed, expired })
  }
)
