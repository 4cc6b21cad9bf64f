/** Labels (i18n keys) and badge tones of an order's, a shipment's and a payment's status, as the shopper sees them. */
import type { Tone } from "./portal";
import type { OrderStatus, PaymentStatus, ShipmentStatus } from "./account-types";

export const SHIPMENT_STATUSES = ["pending", "confirmed", "shipped", "cancelled"] as const satisfies readonly ShipmentStatus[];
export const ORDER_STATUSES = ["pending", "canceled", "completed"] as const satisfies readonly OrderStatus[];
export const PAYMENT_STATUSES = ["awaiting", "authorized", "captured", "canceled"] as const satisfies readonly PaymentStatus[];

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export const toShipmentStatus = (value: unknown): ShipmentStatus => oneOf(SHIPMENT_STATUSES, value, "pending");
export const toOrderStatus = (value: unknown): OrderStatus => oneOf(ORDER_STATUSES, value, "pending");
export const toPaymentStatus = (value: unknown): PaymentStatus => oneOf(PAYMENT_STATUSES, value, "awaiting");

/** "Chờ xác nhận", "Đã xác nhận", "Đang giao", "Đã hủy". */
export const shipmentStatusKey = (status: unknown) => `account.shipmentStatus.${toShipmentStatus(status)}` as const;
/** "Đang xử lý", "Đã hủy", "Hoàn tất". */
export const orderStatusKey = (status: unknown) => `account.orderStatus.${toOrderStatus(status)}` as const;
/** "Chờ thanh toán", "Đã xác nhận thanh toán", "Đã thanh toán", "Đã hủy". */
export const paymentStatusKey = (status: unknown) => `account.paymentStatus.${toPaymentStatus(status)}` as const;

export function shipmentTone(status: unknown): Tone {
  switch (toShipmentStatus(status)) {
    case "pending":
      return "waiting";
    case "confirmed":
      return "neutral";
    case "shipped":
      return "good";
    case "cancelled":
      return "bad";
  }
}

export function orderTone(status: unknown): Tone {
  switch (toOrderStatus(status)) {
    case "pending":
      return "waiting";
    case "completed":
      return "good";
    case "canceled":
      return "bad";
  }
}

export function paymentTone(status: unknown): Tone {
  switch (toPaymentStatus(status)) {
    case "awaiting":
      return "waiting";
    case "authorized":
    case "captured":
      return "good";
    case "canceled":
      return "bad";
  }
}

/** Bank transfer instructions are shown while the money has not come in. */
export function showsBankTransfer(payment: { status: unknown; bank_transfer: unknown } | null | undefined): boolean {
  return !!payment && !!payment.bank_transfer && toPaymentStatus(payment.status) === "awaiting";
}

/** The carrier and tracking number are shown once a shipment has left. */
export function showsTracking(shipment: { status: unknown; carrier: string | null; tracking_number: string | null }): boolean {
  return toShipmentStatus(shipment.status) === "shipped" && !!(shipment.carrier || shipment.tracking_number);
}
