import { describe, expect, it } from "vitest";
import { cartItems, exceedsStock, formatShipping, MAX_QUANTITY, maxQuantity, orderPath, parseQuantity, toMiniCart } from "./cart";
import type { CartGroup, CartItem } from "./shop-types";

const NBSP = "\u00a0";

function item(overrides: Partial<CartItem> = {}): CartItem {
  return {
    id: "li_1",
    product_id: "prod_1",
    handle: "keo-dua-ben-tre",
    title: "Kẹo dừa Bến Tre",
    variant_id: "variant_1",
    variant_title: "Gói 250 g",
    thumbnail: null,
    quantity: 1,
    unit_price: 45000,
    total: 45000,
    available: null,
    ...overrides,
  };
}

function group(id: string, items: CartItem[]): CartGroup {
  return {
    producer: { id, name: `Producer ${id}`, slug: id, province_name: null },
    items,
    item_total: items.reduce((sum, i) => sum + i.total, 0),
    shipping: null,
  };
}

describe("parseQuantity", () => {
  it("takes whole numbers from 1 to the maximum when adding", () => {
    expect(parseQuantity("1")).toBe(1);
    expect(parseQuantity(" 12 ")).toBe(12);
    expect(parseQuantity(String(MAX_QUANTITY))).toBe(MAX_QUANTITY);
  });

  it("refuses zero, negatives, fractions, words and too many when adding", () => {
    for (const raw of ["0", "-1", "1.5", "2,0", "abc", "", String(MAX_QUANTITY + 1), "1000"]) expect(parseQuantity(raw)).toBeNull();
    expect(parseQuantity(null)).toBeNull();
  });

  it("takes 0 on the cart page, where it removes the line", () => {
    expect(parseQuantity("0", 0)).toBe(0);
    expect(parseQuantity("-1", 0)).toBeNull();
  });
});

describe("stock", () => {
  it("caps the quantity at the stock left, and at the maximum when stock is not tracked", () => {
    expect(maxQuantity(5)).toBe(5);
    expect(maxQuantity(500)).toBe(MAX_QUANTITY);
    expect(maxQuantity(null)).toBe(MAX_QUANTITY);
    expect(maxQuantity(-3)).toBe(0);
  });

  it("flags a line asking for more than is left", () => {
    expect(exceedsStock(item({ quantity: 3, available: 2 }))).toBe(true);
    expect(exceedsStock(item({ quantity: 2, available: 2 }))).toBe(false);
    expect(exceedsStock(item({ quantity: 50, available: null }))).toBe(false);
  });
});

describe("formatShipping", () => {
  it("says free for 0 đồng and formats other prices as VND", () => {
    expect(formatShipping(0, "Miễn phí")).toBe("Miễn phí");
    expect(formatShipping(30000, "Miễn phí")).toBe(`30.000${NBSP}₫`);
  });
});

describe("toMiniCart", () => {
  it("counts units over every producer and shows the first lines", () => {
    const cart = {
      item_total: 255000,
      groups: [
        group("a", [item({ id: "1", quantity: 2, total: 90000 }), item({ id: "2", title: "Bánh pía", total: 70000 })]),
        group("b", [item({ id: "3", title: "Tỏi Lý Sơn", quantity: 3, total: 90000 }), item({ id: "4", title: "Muối", total: 5000 })]),
      ],
    };
    const mini = toMiniCart(cart);
    expect(mini?.count).toBe(7);
    expect(mini?.item_total).toBe(255000);
    expect(mini?.lines.map((l) => l.title)).toEqual(["Kẹo dừa Bến Tre", "Bánh pía", "Tỏi Lý Sơn"]);
    expect(mini?.more).toBe(1);
    expect(cartItems(cart)).toHaveLength(4);
  });

  it("is null for no cart or an empty one", () => {
    expect(toMiniCart(null)).toBeNull();
    expect(toMiniCart({ item_total: 0, groups: [] })).toBeNull();
  });
});

describe("orderPath", () => {
  it("carries the confirmation token as a query", () => {
    expect(orderPath("order_01", "abc+/=")).toBe("/don-hang/order_01?token=abc%2B%2F%3D");
    expect(orderPath("order_01")).toBe("/don-hang/order_01");
  });
});
