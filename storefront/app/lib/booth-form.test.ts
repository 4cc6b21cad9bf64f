import { describe, expect, it } from "vitest";
import { boothPathRenamer, parseBoothApplication, parseBoothNumber, parseFeatured } from "./booth-form";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("parseBoothApplication", () => {
  it("sends the ticked products with a fair price or a discount, and the note", () => {
    const { payload, errors } = parseBoothApplication(
      form([
        ["product_id", "prod_a"],
        ["fair_price.prod_a", "120.000 ₫"],
        ["discount_percent.prod_a", ""],
        ["product_id", "prod_b"],
        ["fair_price.prod_b", ""],
        ["discount_percent.prod_b", "15%"],
        ["fair_price.prod_c", "99000"],
        ["note", " Gian trà búp "],
      ]),
    );
    expect(errors).toEqual({});
    expect(payload).toEqual({
      note: "Gian trà búp",
      products: [
        { product_id: "prod_a", fair_price: 120000 },
        { product_id: "prod_b", discount_percent: 15 },
      ],
    });
  });

  it("needs a deal for every ticked product, and leaves out an empty note", () => {
    const { payload, errors } = parseBoothApplication(form([["product_id", "prod_a"], ["note", " "]]));
    expect(payload).toEqual({ products: [{ product_id: "prod_a" }] });
    expect(errors).toEqual({ "fair_price.prod_a": "fairPortal.errors.priceOrDiscount" });
  });

  it("needs a product, whole numbers, a discount of 1–90 % and not both deals", () => {
    expect(parseBoothApplication(form([["note", "x"]])).errors).toEqual({ products: "fairPortal.errors.chooseProduct" });
    const { errors, payload } = parseBoothApplication(
      form([
        ["product_id", "a"],
        ["fair_price.a", "12,5k"],
        ["product_id", "b"],
        ["discount_percent.b", "95"],
        ["product_id", "c"],
        ["fair_price.c", "100000"],
        ["discount_percent.c", "10"],
        ["product_id", "d"],
        ["discount_percent.d", "0"],
      ]),
    );
    expect(errors).toEqual({
      "fair_price.a": "fairPortal.errors.wholeNumber",
      "discount_percent.b": "fairPortal.errors.discountRange",
      "fair_price.c": "fairPortal.errors.priceOrDiscount",
      "discount_percent.d": "fairPortal.errors.discountRange",
    });
    expect(payload.products[2]).toEqual({ product_id: "c" });
  });
});

describe("boothPathRenamer", () => {
  it("maps the backend's product index to the product's fields", () => {
    const rename = boothPathRenamer(["a", "b"]);
    expect(rename("products.1.discount_percent")).toBe("discount_percent.b");
    expect(rename("products.0.fair_price")).toBe("fair_price.a");
    expect(rename("products.0.product_id")).toBe("fair_price.a");
    expect(rename("products.1")).toBe("fair_price.b");
    expect(rename("products.4.fair_price")).toBeNull();
    expect(rename("note")).toBe("note");
    expect(rename("products")).toBe("products");
    expect(rename("status")).toBeNull();
  });
});

describe("parseBoothNumber and parseFeatured", () => {
  it("leaves the number to the backend when empty, refuses a bad one", () => {
    expect(parseBoothNumber(form([["number", ""]]))).toEqual({ errors: {} });
    expect(parseBoothNumber(form([["number", "12"]]))).toEqual({ number: 12, errors: {} });
    expect(parseBoothNumber(form([["number", "0"]])).errors).toEqual({ number: "fairPortal.errors.wholeNumber" });
    expect(parseBoothNumber(form([["number", "A3"]])).errors).toEqual({ number: "fairPortal.errors.wholeNumber" });
  });

  it("reads the ticked featured products once each", () => {
    expect(parseFeatured(form([["featured", "p1"], ["featured", "p2"], ["featured", "p1"]]))).toEqual(["p1", "p2"]);
    expect(parseFeatured(form([]))).toEqual([]);
  });
});
