import { OfflinePaymentProvider } from "./offline-provider"

/** Thanh toán khi nhận hàng: the shopper pays the courier. */
export class CashOnDeliveryProvider extends OfflinePaymentProvider {
  static identifier = "cod"
}
