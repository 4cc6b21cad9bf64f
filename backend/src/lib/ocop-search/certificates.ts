import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type CertificateDates = {
  product_id: string
  stars: number
  valid_from: Date | string
  expires_at: Date | string
  revoked_at: Date | string | null
  producer_address: string
}

/**
 * Every certificate of these products. The Search Module hands index
 * definitions a container holding only Query, and Query cannot list OCOP
 * certificates (its alias for `ocop_certificate` calls
 * `listOcopCertificates`, while the module's service names it
 * `listCertificates`), so the module is taken from Medusa's module registry.
 */
export async function listCertificatesOf(productIds: string[]): Promise<CertificateDates[]> {
  if (!productIds.length) return []
  const ocop = (MedusaModule.getModuleInstance(OCOP_MODULE) as Record<string, OcopModuleService> | undefined)?.[OCOP_MODULE]
  if (!ocop) throw new Error(`The "${OCOP_MODULE}" module is not loaded, so search documents cannot carry stars.`)
  return (await ocop.listCertificates(
    { product_id: productIds },
    { select: ["product_id", "stars", "valid_from", "expires_at", "revoked_at", "producer_address"], take: null }
  )) as CertificateDates[]
}
