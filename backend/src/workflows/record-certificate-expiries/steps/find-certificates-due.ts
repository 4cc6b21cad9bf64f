import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { EXPIRY_NOTICE_DAYS } from "../../../modules/ocop/certificate-status"
import { addDays } from "../../../utils/vn-date"

/** Certificates whose 30-day notice is due, and certificates that lapsed since the last run. */
export const findCertificatesDueStep = createStep(
  "find-certificates-due",
  async (input: { now: Date | string }, { container }) => {
    const now = new Date(input.now)
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [expiring, expired] = await Promise.all([
      ocop.listCertificates({
        revoked_at: null,
        expiry_notice_sent_at: null,
        expires_at: { $gt: now, $lte: addDays(now, EXPIRY_NOTICE_DAYS) },
      }),
      ocop.listCertificates({ revoked_at: null, expiry_recorded_at: null, expires_at: { $lte: now } }),
    ])
    return new StepResponse({ expiring, expired })
  }
)
