import { describe, expect, it } from "vitest";
import {
  addressErrors,
  addressPayload,
  addressValuesFromForm,
  availablePaymentMethods,
  canPlaceOrder,
  currentStep,
  defaultShippingOption,
  initialAddressValues,
  shippingFieldName,
  shippingSelectionsFromForm,
  stepFromParam,
  stepStates,
} from "./checkout";
import type { CartGroup, PaymentMethod, ShippingOption, VnAddress } from "./shop-types";

const address: VnAddress = {
  full_name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province_code: "79",
  province_name: "Thành phố Hồ Chí Minh",
  commune_code: "26734",
  commune_name: "Phường Bến Thành",
  street: "12 Lê Lợi",
};

const group = (id: string, shipping: CartGroup["shipping"] = null): CartGroup => ({
  producer: { id, name: id, slug: id, province_name: null },
  items: [],
  item_total: 0,
  shipping,
});
const shipped = (id: string) => group(id, { option_id: `so_${id}`, code: "standard", name: "Tiêu chuẩn", amount: 30000 });

const emptyCart = { email: null, shipping_address: null, groups: [group("a"), group("b")], payment: null };
const addressed = { ...emptyCart, email: "lan@example.vn", shipping_address: address };
const halfShipped = { ...addressed, groups: [shipped("a"), group("b")] };
const allShipped = { ...addressed, groups: [shipped("a"), shipped("b")] };
const paid = { ...allShipped, payment: { provider_id: "pp_system_default", code: "cod" as const, status: "pending", client_secret: null } };

describe("checkout steps", () => {
  it("starts at the address and moves on as each part is filled in", () => {
    expect(currentStep(emptyCart)).toBe("address");
    expect(currentStep(addressed)).toBe("shipping");
    expect(currentStep(halfShipped)).toBe("shipping");
    expect(currentStep(allShipped)).toBe("payment");
    expect(currentStep(paid)).toBe("review");
  });

  it("goes back to a done step when asked, but never skips ahead", () => {
    expect(currentStep(paid, "address")).toBe("address");
    expect(currentStep(paid, "shipping")).toBe("shipping");
    expect(currentStep(emptyCart, "review")).toBe("address");
    expect(currentStep(addressed, "payment")).toBe("shipping");
  });

  it("marks each step done, current or upcoming", () => {
    expect(stepStates(addressed)).toEqual({ address: "done", shipping: "current", payment: "upcoming", review: "upcoming" });
    expect(stepStates(paid, "shipping")).toEqual({ address: "done", shipping: "current", payment: "done", review: "upcoming" });
  });

  it("allows placing the order only with address, every producer's shipping and a payment method", () => {
    expect(canPlaceOrder(allShipped)).toBe(false);
    expect(canPlaceOrder({ ...paid, groups: [shipped("a"), group("b")] })).toBe(false);
    expect(canPlaceOrder(paid)).toBe(true);
  });

  it("reads the Vietnamese step parameter", () => {
    expect(stepFromParam("van-chuyen")).toBe("shipping");
    expect(stepFromParam("xac-nhan")).toBe("review");
    expect(stepFromParam("shipping")).toBeNull();
    expect(stepFromParam(null)).toBeNull();
  });
});

describe("address form", () => {
  it("reads the fields trimmed and in NFC, and splits the email from the address", () => {
    const form = new FormData();
    form.set("email", " lan@example.vn ");
    // "Nguyễn" typed in decomposed form (as some keyboards send it).
    form.set("full_name", "Nguye\u0302\u0303n Thi\u0323 Lan");
    form.set("phone", "0912.345.678");
    form.set("province_code", "79");
    form.set("commune_code", "26734");
    form.set("street", "12 Lê Lợi");
    const values = addressValuesFromForm(form);
    expect(values.full_name).toBe("Nguyễn Thị Lan");
    expect(values.full_name).toBe(values.full_name.normalize("NFC"));
    expect(addressPayload(values)).toEqual({
      email: "lan@example.vn",
      address: { full_name: "Nguyễn Thị Lan", phone: "0912.345.678", province_code: "79", commune_code: "26734", street: "12 Lê Lợi" },
    });
  });

  it("prefills from the cart, else the first saved address and the customer's email", () => {
    expect(initialAddressValues(addressed).street).toBe("12 Lê Lợi");
    const saved = [{ ...address, id: "addr_1", street: "5 Hàng Bông" }];
    const values = initialAddressValues(emptyCart, saved, "lan@example.vn");
    expect(values).toMatchObject({ email: "lan@example.vn", street: "5 Hàng Bông", province_code: "79" });
    expect(initialAddressValues(emptyCart)).toMatchObject({ email: "", phone: "" });
  });

  it("puts the backend's field errors on the fields, with or without an address. prefix", () => {
    const errors = addressErrors("Dữ liệu không hợp lệ", { phone: "Số điện thoại không hợp lệ", "address.street": "Vui lòng nhập địa chỉ" });
    expect(errors.fields).toEqual({ phone: "Số điện thoại không hợp lệ", street: "Vui lòng nhập địa chỉ" });
    expect(errors.form).toEqual([]);
  });

  it("reads field errors out of a validation message when there is no fields object", () => {
    const errors = addressErrors("Dữ liệu không hợp lệ: address.phone: Số điện thoại không hợp lệ; note: quá dài");
    expect(errors.fields.phone).toBe("Số điện thoại không hợp lệ");
    expect(errors.form).toEqual(["note: quá dài"]);
  });

  it("keeps a message about no field as a form message", () => {
    expect(addressErrors("Giỏ hàng đã được đặt")).toEqual({ form: ["Giỏ hàng đã được đặt"], fields: {} });
    expect(addressErrors("x", { voucher: "Không dùng được" }).form).toEqual(["Không dùng được"]);
  });
});

describe("shipping per producer", () => {
  const option = (id: string, amount: number): ShippingOption => ({
    id,
    code: id.includes("express") ? "express" : "standard",
    name: id,
    description: null,
    amount,
    regular_amount: 30000,
    free_above: 500000,
  });
  const groups = [
    { producer_id: "a", producer_name: "HTX A", item_total: 0, selected_option_id: null, options: [option("a_standard", 30000), option("a_express", 60000)] },
    { producer_id: "b", producer_name: "HTX B", item_total: 0, selected_option_id: "b_express", options: [option("b_standard", 0), option("b_express", 45000)] },
  ];

  it("takes one known option per producer and lists producers without one", () => {
    const form = new FormData();
    form.set(shippingFieldName("a"), "a_express");
    form.set(shippingFieldName("b"), "a_standard"); // not one of b's options
    expect(shippingSelectionsFromForm(form, groups)).toEqual({ selections: [{ producer_id: "a", option_id: "a_express" }], missing: ["b"] });
  });

  it("shows the cart's choice, else the cheapest", () => {
    expect(defaultShippingOption(groups[0])).toBe("a_standard");
    expect(defaultShippingOption(groups[1])).toBe("b_express");
    expect(defaultShippingOption({ selected_option_id: null, options: [] })).toBeNull();
  });
});

describe("payment methods", () => {
  const methods: PaymentMethod[] = [
    { provider_id: "pp_system_default", code: "cod", name: "Thanh toán khi nhận hàng", description: null },
    { provider_id: "pp_bank", code: "bank_transfer", name: "Chuyển khoản", description: null },
    { provider_id: "pp_stripe_stripe", code: "stripe", name: "Thẻ", description: null },
  ];

  it("offers card only when the storefront has Stripe's publishable key", () => {
    expect(availablePaymentMethods(methods, "pk_test_123").map((m) => m.code)).toEqual(["cod", "bank_transfer", "stripe"]);
    expect(availablePaymentMethods(methods, undefined).map((m) => m.code)).toEqual(["cod", "bank_transfer"]);
    expect(availablePaymentMethods(methods, "  ").map((m) => m.code)).toEqual(["cod", "bank_transfer"]);
  });
});
