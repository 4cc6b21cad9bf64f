import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCertificateExpiriesWorkflow } from "../workflows/record-certificate-expiries"

export default async function recordCertificateExpiries(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await recordCertificateExpiriesWorkflow(container).run({ input: {} })
  logger.info(
    `OCOP certificates: ${result.noticed.length} expiry notice(s) sent, ${result.expired.length} lapse(s) recorded.`
  )
}

export const config = {
  name: "record-certificate-expiries",
  // 00:05 in Vietnam (UTC+7, no daylight saving), every day.
  schedule: "5 17 * * *",
}
