import { describe, expect, it } from "vitest";
import { getFixedT } from "../i18n";
import {
  orderStatusKey,
  orderTone,
  paymentStatusKey,
  shipmentStatusKey,
  shipmentTone,
  showsBankTransfer,
  showsTracking,
} from "./account-status";

const vi = getFixedT("vi");
const en = getFixedT("en");

describe("status labels", () => {
  it("names every shipment status for the shopper, unknown ones as pending", () => {
    expect(["pending", "confirmed", "shipped", "cancelled"].map((s) => vi(shipmentStatusKey(s)))).toEqual([
      "Chờ xác nhận",
      "Đã xác nhận",
      "Đã gửi hàng",
      "Đã hủy",
    ]);
    expect(vi(shipmentStatusKey("teleported"))).toBe("Chờ xác nhận");
    expect(en(shipmentStatusKey("shipped"))).toBe("Shipped");
  });

  it("names order and payment statuses", () => {
    expect(vi(orderStatusKey("canceled"))).toBe("Đã hủy");
    expect(vi(orderStatusKey("completed"))).toBe("Hoàn tất");
    expect(vi(paymentStatusKey("awaiting"))).toBe("Chờ thanh toán");
    expect(vi(paymentStatusKey("captured"))).toBe("Đã thanh toán");
  });

  it("colours them", () => {
    expect(shipmentTone("shipped")).toBe("good");
    expect(shipmentTone("cancelled")).toBe("bad");
    expect(shipmentTone("pending")).toBe("waiting");
    expect(orderTone("canceled")).toBe("bad");
  });
});

describe("what an order page shows", () => {
  const transfer = { bank_name: "Agribank", account_name: "CHO OCOP", account_number: "123", branch: null, amount: 1000, memo: "OCOP-000001" };

  it("shows bank transfer details only while the money is awaited", () => {
    expect(showsBankTransfer({ status: "awaiting", bank_transfer: transfer })).toBe(true);
    expect(showsBankTransfer({ status: "captured", bank_transfer: transfer })).toBe(false);
    expect(showsBankTransfer({ status: "awaiting", bank_transfer: null })).toBe(false);
    expect(showsBankTransfer(null)).toBe(false);
  });

  it("shows tracking once a shipment has left", () => {
    expect(showsTracking({ status: "shipped", carrier: "GHN", tracking_number: "GHN123" })).toBe(true);
    expect(showsTracking({ status: "confirmed", carrier: "GHN", tracking_number: "GHN123" })).toBe(false);
    expect(showsTracking({ status: "shipped", carrier: null, tracking_number: null })).toBe(false);
  });
});
