import { describe, expect, it } from "vitest";
import {
  customerName,
  isVietnamesePhone,
  parseAddressForm,
  parseForgotForm,
  parseLoginForm,
  parseProfileForm,
  parseRegisterForm,
  parseResetForm,
  profilePayload,
} from "./account-forms";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("isVietnamesePhone", () => {
  it("accepts mobiles and landlines as people write them", () => {
    for (const phone of ["0912345678", "0912 345 678", "0912.345.678", "+84 912 345 678", "+84912345678", "024 3825 1234", "(028) 3822-1234"]) {
      expect(isVietnamesePhone(phone), phone).toBe(true);
    }
  });

  it("refuses what cannot be dialled in Vietnam", () => {
    for (const phone of ["12345", "091234567", "09123456789012", "abc", "84912345678", "0012345678", "+1 415 555 0100"]) {
      expect(isVietnamesePhone(phone), phone).toBe(false);
    }
  });
});

describe("parseRegisterForm", () => {
  it("reads the fields, the email in lower case, the password as typed", () => {
    const { values, errors } = parseRegisterForm(
      form({ full_name: "  Nguyễn Thị Lan ", email: " Lan@Example.VN ", password: " mật khẩu dài ", phone: "0912 345 678" }),
    );
    expect(values).toEqual({ full_name: "Nguyễn Thị Lan", email: "lan@example.vn", password: " mật khẩu dài ", phone: "0912 345 678" });
    expect(errors).toEqual({});
  });

  it("needs a name, a valid email and a password of 8 characters; the phone is optional but checked", () => {
    expect(parseRegisterForm(form({ full_name: "", email: "lan", password: "1234567", phone: "" })).errors).toEqual({
      full_name: "account.errors.required",
      email: "account.errors.email",
      password: "account.errors.passwordShort",
    });
    expect(parseRegisterForm(form({ full_name: "Lan", email: "lan@example.vn", password: "12345678", phone: "123" })).errors).toEqual({
      phone: "account.errors.phone",
    });
    expect(parseRegisterForm(new FormData()).errors).toMatchObject({ email: "account.errors.required", password: "account.errors.required" });
  });
});

describe("parseLoginForm and parseForgotForm", () => {
  it("read the email in lower case and need both fields", () => {
    expect(parseLoginForm(form({ email: "A@B.VN", password: "x" }))).toEqual({ values: { email: "a@b.vn", password: "x" }, errors: {} });
    expect(parseLoginForm(form({ email: "", password: "" })).errors).toEqual({
      email: "account.errors.required",
      password: "account.errors.required",
    });
    expect(parseForgotForm(form({ email: "not-an-email" })).errors).toEqual({ email: "account.errors.email" });
  });
});

describe("parseResetForm", () => {
  it("needs 8 characters typed twice the same", () => {
    expect(parseResetForm(form({ password: "mat-khau-moi", confirm: "mat-khau-moi" })).errors).toEqual({});
    expect(parseResetForm(form({ password: "ngan", confirm: "ngan" })).errors).toEqual({ password: "account.errors.passwordShort" });
    expect(parseResetForm(form({ password: "mat-khau-moi", confirm: "mat-khau-cu" })).errors).toEqual({
      confirm: "account.errors.passwordMismatch",
    });
  });
});

describe("parseProfileForm and profilePayload", () => {
  it("keeps the full name in first_name and removes an emptied phone", () => {
    const { values, errors } = parseProfileForm(form({ full_name: " Trần Văn Bình ", phone: "" }));
    expect(errors).toEqual({});
    expect(profilePayload(values)).toEqual({ first_name: "Trần Văn Bình", last_name: "", phone: null });
    expect(profilePayload({ full_name: "Bình", phone: "0912345678" }).phone).toBe("0912345678");
  });

  it("checks the name and phone", () => {
    expect(parseProfileForm(form({ full_name: "", phone: "12" })).errors).toEqual({
      full_name: "account.errors.required",
      phone: "account.errors.phone",
    });
  });
});

describe("parseAddressForm", () => {
  it("reads the five fields of POST /store/ocop/addresses", () => {
    const { values, errors } = parseAddressForm(
      form({ full_name: " Lan ", phone: "0912345678", province_code: "01", commune_code: "00004", street: " 12 Hàng Bạc ", intent: "add" }),
    );
    expect(values).toEqual({ full_name: "Lan", phone: "0912345678", province_code: "01", commune_code: "00004", street: "12 Hàng Bạc" });
    expect(errors).toEqual({});
  });

  it("asks for a commune once a province is chosen, and leaves the rest to the backend", () => {
    expect(parseAddressForm(form({ province_code: "01" })).errors).toEqual({ commune_code: "account.errors.chooseCommune" });
    expect(parseAddressForm(form({ phone: "123" })).errors).toEqual({});
  });
});

describe("customerName", () => {
  it("joins first and last name, skipping empty parts", () => {
    expect(customerName({ first_name: "Nguyễn Thị Lan", last_name: "" })).toBe("Nguyễn Thị Lan");
    expect(customerName({ first_name: "Lan", last_name: "Nguyễn" })).toBe("Lan Nguyễn");
    expect(customerName({ first_name: null, last_name: null })).toBe("");
  });
});
