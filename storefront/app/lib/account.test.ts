import { describe, expect, it } from "vitest";
import { accountLoginHref, accountNext, accountOrderPath, pageParam } from "./account";

describe("accountNext", () => {
  it("keeps same-site paths, checkout included", () => {
    expect(accountNext("/thanh-toan?buoc=2")).toBe("/thanh-toan?buoc=2");
    expect(accountNext("/tai-khoan/don-hang")).toBe("/tai-khoan/don-hang");
  });

  it("never sends to another site", () => {
    expect(accountNext("https://evil.example/")).toBe("/tai-khoan");
    expect(accountNext("//evil.example")).toBe("/tai-khoan");
    expect(accountNext("/\\evil.example")).toBe("/tai-khoan");
    expect(accountNext(null)).toBe("/tai-khoan");
  });

  it("never loops back to the login, register, logout or password pages", () => {
    expect(accountNext("/tai-khoan/dang-nhap?next=/x")).toBe("/tai-khoan");
    expect(accountNext("/tai-khoan/dang-xuat")).toBe("/tai-khoan");
    expect(accountNext("/tai-khoan/dang-ky/")).toBe("/tai-khoan");
    expect(accountNext("/tai-khoan/dat-lai-mat-khau?token=x")).toBe("/tai-khoan");
  });
});

describe("accountLoginHref", () => {
  it("carries where to come back to", () => {
    expect(accountLoginHref("/tai-khoan/dia-chi")).toBe("/tai-khoan/dang-nhap?next=%2Ftai-khoan%2Fdia-chi");
    expect(accountLoginHref("/thanh-toan", "/tai-khoan/dang-ky")).toBe("/tai-khoan/dang-ky?next=%2Fthanh-toan");
  });

  it("leaves out the account itself and unsafe paths", () => {
    expect(accountLoginHref("/tai-khoan")).toBe("/tai-khoan/dang-nhap");
    expect(accountLoginHref("https://evil.example")).toBe("/tai-khoan/dang-nhap");
    expect(accountLoginHref(null)).toBe("/tai-khoan/dang-nhap");
  });
});

describe("paths and pages", () => {
  it("encodes an order id", () => {
    expect(accountOrderPath("order_01 x")).toBe("/tai-khoan/don-hang/order_01%20x");
  });

  it("reads ?trang= as a page number", () => {
    expect(pageParam("http://x/tai-khoan/don-hang?trang=3")).toBe(3);
    expect(pageParam("http://x/tai-khoan/don-hang")).toBe(1);
    expect(pageParam("http://x/tai-khoan/don-hang?trang=-2")).toBe(1);
    expect(pageParam("http://x/tai-khoan/don-hang?trang=abc")).toBe(1);
    expect(pageParam("http://x/tai-khoan/don-hang?trang=1.5")).toBe(1);
  });
});
