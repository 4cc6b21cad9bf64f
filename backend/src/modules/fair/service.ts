import { MedusaService } from "@medusajs/framework/utils"
import Booth from "./models/booth"
import BoothProduct from "./models/booth-product"
import Fair from "./models/fair"
import FairSale from "./models/fair-sale"
import FairSession from "./models/fair-session"
import FairVisit from "./models/fair-visit"

class FairModuleService extends MedusaService({ Fair, FairSession, Booth, BoothProduct, FairVisit, FairSale }) {}

export default FairModuleService
