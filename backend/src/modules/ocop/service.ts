import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import CertificateClaim from "./models/certificate-claim"
import { catalogueChanged } from "../../lib/catalogue-cache/generation"

class OcopModuleService extends MedusaService({ Certificate, CertificateClaim }) {
  constructor(...args: any[]) {
    // @ts-ignore MedusaService's constructor takes the module's container and declaration
    super(...args)
    // Stars are part of every cached catalogue answer (lib/catalogue-cache): a certificate
    // written without a workflow's event must not leave them stale.
    for (const name of ["createCertificates", "updateCertificates", "deleteCertificates"] as const) {
      const write = (this as any)[name].bind(this)
      ;(this as any)[name] = async (...input: unknown[]) => {
        const result = await write(...input)
        await catalogueChanged().catch(() => undefined)
        return result
      }
    }
  }
}

export default OcopModuleService
