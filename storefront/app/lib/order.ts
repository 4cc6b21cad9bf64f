/** Pure helpers for the order confirmation page: status labels and tones, what the page offers. */
import type { Tone } from "./portal";
import type { OrderView, PaymentStatus, ShipmentStatus } from "./shop-types";

const SHIPMENT_STATUSES = ["pending", "confirmed", "shipped", "cancelled"] as const satisfies readonly ShipmentStatus[];
const PAYMENT_STATUSES = ["awaiting", "authorized", "captured", "canceled"] as const satisfies readonly PaymentStatus[];
const ORDER_STATUSES = ["pending", "canceled", "completed"] as const satisfies readonly OrderView["status"][];

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export const toShipmentStatus = (value: unknown): ShipmentStatus => oneOf(SHIPMENT_STATUSES, value, "pending");
export const toPaymentStatus = (value: unknown): PaymentStatus => oneOf(PAYMENT_STATUSES, value, "awaiting");
export const toOrderStatus = (value: unknown): OrderView["status"] => oneOf(ORDER_STATUSES, value, "pending");

export function shipmentTone(status: ShipmentStatus): Tone {
  return status === "shipped" ? "good" : status === "cancelled" ? "bad" : status === "confirmed" ? "neutral" : "waiting";
}

export function paymentTone(status: PaymentStatus): Tone {
  return status === "captured" || status === "authorized" ? "good" : status === "canceled" ? "bad" : "waiting";
}

/** Bank transfer instructions are shown while the money has not come in (and the order stands). */
export function showsBankTransfer(order: Pick<OrderView, "status" | "payment">): boolean {
  return order.payment.code === "bank_transfer" && !!order.payment.bank_transfer && order.payment.status === "awaiting" && order.status !== "canceled";
}

/**
 * What the page offers to keep the order: a guest with the confirmation link
 * may create an account ("register"); a logged-in shopper whose account does
 * not hold it yet may add it ("attach"); otherwise nothing.
 */
export function claimOffer(order: Pick<OrderView, "belongs_to_customer">, loggedIn: boolean, orderToken: string | null): "register" | "attach" | null {
  if (order.belongs_to_customer || !orderToken) return null;
  return loggedIn ? "attach" : "register";
}

export const CLAIM_PASSWORD_MIN_LENGTH = 8;
