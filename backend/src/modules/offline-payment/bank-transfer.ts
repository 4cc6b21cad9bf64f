import { MedusaError } from "@medusajs/framework/utils"
import { OfflinePaymentProvider } from "./offline-provider"

export type BankAccount = {
  bank_name: string
  account_name: string
  account_number: string
  branch?: string
}

/**
 * Chuyển khoản: the order is placed at once and the shopper transfers the total
 * with the order code as the memo; the shop captures it when the money arrives.
 */
export class BankTransferProvider extends OfflinePaymentProvider<BankAccount> {
  static identifier = "bank_transfer"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["bank_name", "account_name", "account_number"]) {
      if (!options?.[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Bank transfer needs option ${key}`)
    }
  }
}
