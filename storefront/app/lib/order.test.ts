import { describe, expect, it } from "vitest";
import { claimOffer, paymentTone, shipmentTone, showsBankTransfer, toPaymentStatus, toShipmentStatus } from "./order";

const transfer = { bank_name: "Vietcombank", account_name: "CHO OCOP", account_number: "0071000123456", branch: null, amount: 190000, memo: "OCOP-000123" };

describe("order page", () => {
  it("shows bank transfer instructions while the money has not come in", () => {
    const order = { status: "pending" as const, payment: { code: "bank_transfer" as const, name: "", status: "awaiting" as const, bank_transfer: transfer } };
    expect(showsBankTransfer(order)).toBe(true);
    expect(showsBankTransfer({ ...order, payment: { ...order.payment, status: "captured" } })).toBe(false);
    expect(showsBankTransfer({ ...order, status: "canceled" })).toBe(false);
    expect(showsBankTransfer({ ...order, payment: { ...order.payment, code: "cod", bank_transfer: null } })).toBe(false);
  });

  it("offers a guest with the link an account, a logged-in shopper to attach, nothing once it is theirs", () => {
    expect(claimOffer({ belongs_to_customer: false }, false, "tok")).toBe("register");
    expect(claimOffer({ belongs_to_customer: false }, true, "tok")).toBe("attach");
    expect(claimOffer({ belongs_to_customer: true }, true, "tok")).toBeNull();
    expect(claimOffer({ belongs_to_customer: false }, false, null)).toBeNull();
  });

  it("reads unknown statuses as the first one and gives each a tone", () => {
    expect(toShipmentStatus("lost")).toBe("pending");
    expect(toPaymentStatus(undefined)).toBe("awaiting");
    expect(shipmentTone("shipped")).toBe("good");
    expect(shipmentTone("cancelled")).toBe("bad");
    expect(paymentTone("captured")).toBe("good");
    expect(paymentTone("awaiting")).toBe("waiting");
  });
});
