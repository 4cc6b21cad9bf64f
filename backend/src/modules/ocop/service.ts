import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import CertificateClaim from "./models/certificate-claim"

class OcopModuleService extends MedusaService({ Certificate, CertificateClaim }) {}

export default OcopModuleService
