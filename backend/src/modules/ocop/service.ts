import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"

class OcopModuleService extends MedusaService({ Certificate }) {}

export default OcopModuleService
