import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BankTransferProvider } from "./bank-transfer"
import { CashOnDeliveryProvider } from "./cash-on-delivery"

/** Payment providers pp_cod_offline and pp_bank_transfer_offline. */
export default ModuleProvider(Modules.PAYMENT, { services: [CashOnDeliveryProvider, BankTransferProvider] })
