import { describe, expect, it } from "vitest";
import { getFixedT } from "../i18n";
import { fieldErrors, isEmailTaken, localFormErrors, loginErrorKey, resetErrorKey, retryMinutes } from "./account-errors";

describe("auth refusals", () => {
  it("tells a taken email from other refusals", () => {
    expect(isEmailTaken({ status: 401, message: "Identity with email already exists" })).toBe(true);
    expect(isEmailTaken({ status: 401, message: "Email này đã có tài khoản. Vui lòng đăng nhập hoặc đặt lại mật khẩu." })).toBe(true);
    expect(isEmailTaken({ status: 401, message: "Invalid email or password" })).toBe(false);
    expect(isEmailTaken({ status: 500, message: "Identity with email already exists" })).toBe(false);
  });

  it("maps login refusals to our messages", () => {
    expect(loginErrorKey({ status: 401, message: "Invalid email or password" })).toBe("account.errors.invalidLogin");
    expect(loginErrorKey({ status: 400, message: "Email should be a string" })).toBe("account.errors.invalidLogin");
    expect(loginErrorKey({ status: 429, message: "Bạn đã thử đăng nhập quá nhiều lần." })).toBe("account.errors.rateLimited");
    expect(loginErrorKey({ status: 404, message: "Not Found" })).toBeNull();
  });

  it("says a reset link expired when the backend refuses its token", () => {
    expect(resetErrorKey({ status: 401, message: "Invalid token" })).toBe("account.errors.resetLinkInvalid");
    expect(resetErrorKey({ status: 429, message: "…" })).toBe("account.errors.rateLimited");
    expect(resetErrorKey({ status: 400, message: "Password should be a string" })).toBeNull();
  });

  it("waits whole minutes, 15 when the backend does not say", () => {
    expect(retryMinutes(30)).toBe(1);
    expect(retryMinutes(61)).toBe(2);
    expect(retryMinutes(null)).toBe(15);
  });
});

describe("fieldErrors", () => {
  const known = ["full_name", "phone", "province_code", "commune_code", "street"];

  it("puts the backend's Vietnamese messages on the fields", () => {
    const errors = fieldErrors(
      { status: 400, message: "Dữ liệu không hợp lệ", fields: { phone: "Số điện thoại không hợp lệ", street: "Vui lòng nhập địa chỉ" } },
      known,
    );
    expect(errors).toEqual({ form: [], fields: { phone: "Số điện thoại không hợp lệ", street: "Vui lòng nhập địa chỉ" } });
  });

  it("keeps messages of fields the form does not show, and the message when there are no fields", () => {
    expect(fieldErrors({ status: 400, message: "x", fields: { email: "Email không hợp lệ" } }, known)).toEqual({
      form: ["Email không hợp lệ"],
      fields: {},
    });
    expect(fieldErrors({ status: 400, message: "Xã không thuộc tỉnh đã chọn" }, known)).toEqual({
      form: ["Xã không thuộc tỉnh đã chọn"],
      fields: {},
    });
  });
});

describe("localFormErrors", () => {
  it("speaks the page's language, with the password length", () => {
    const errors = { password: "account.errors.passwordShort", email: "account.errors.email" } as const;
    expect(localFormErrors(errors, getFixedT("vi")).fields).toEqual({
      password: "Mật khẩu cần ít nhất 8 ký tự",
      email: "Email chưa đúng, ví dụ ten@example.com",
    });
    expect(localFormErrors(errors, getFixedT("en")).fields.password).toBe("The password needs at least 8 characters");
  });
});
