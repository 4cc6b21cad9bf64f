import { MedusaService } from "@medusajs/framework/utils"
import ProvinceOfficer from "./models/province-officer"
import ProvincePolicy from "./models/province-policy"

class OfficerModuleService extends MedusaService({ ProvinceOfficer, ProvincePolicy }) {
  /** A province's policy, or the defaults when it has decided nothing. */
  async policyFor(provinceCode: string) {
    const [policy] = await this.listProvincePolicies({ province_code: provinceCode })
    return { province_code: provinceCode, auto_approve_producers: policy?.auto_approve_producers ?? false }
  }
}

export default OfficerModuleService
