import { MedusaService } from "@medusajs/framework/utils"
import Producer from "./models/producer"
import ProducerMember from "./models/producer-member"
import ProducerOrder from "./models/producer-order"

class ProducerModuleService extends MedusaService({ Producer, ProducerMember, ProducerOrder }) {}

export default ProducerModuleService
