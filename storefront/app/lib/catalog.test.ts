import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { metaDescriptionFor, toProductDetail, toProductSummary, variantStockStatus } from "./catalog";

function variant(overrides: Partial<HttpTypes.StoreProductVariant>): HttpTypes.StoreProductVariant {
  return {
    id: "variant_1",
    title: "Hộp 500g",
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 10,
    calculated_price: { calculated_amount: 150000 },
    ...overrides,
  } as HttpTypes.StoreProductVariant;
}

function product(overrides: Partial<HttpTypes.StoreProduct>): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    handle: "mat-ong-rung",
    title: "Mật ong rừng",
    subtitle: "OCOP 4 sao — Lạng Sơn",
    description: "Mật ong rừng nguyên chất.",
    thumbnail: null,
    images: [],
    variants: [variant({})],
    ...overrides,
  } as HttpTypes.StoreProduct;
}

describe("variantStockStatus", () => {
  it("knows stock from the inventory quantity", () => {
    expect(variantStockStatus({ manage_inventory: true, inventory_quantity: 3 })).toBe("in_stock");
    expect(variantStockStatus({ manage_inventory: true, inventory_quantity: 0 })).toBe("out_of_stock");
    expect(variantStockStatus({ inventory_quantity: -2 })).toBe("out_of_stock");
  });

  it("counts unmanaged inventory and back-orders as in stock", () => {
    expect(variantStockStatus({ manage_inventory: false, inventory_quantity: 0 })).toBe("in_stock");
    expect(variantStockStatus({ allow_backorder: true, inventory_quantity: 0 })).toBe("in_stock");
  });

  it("is unknown without a quantity", () => {
    expect(variantStockStatus({ manage_inventory: true })).toBe("unknown");
    expect(variantStockStatus({ inventory_quantity: null })).toBe("unknown");
  });
});

describe("toProductSummary", () => {
  it("keeps what a card needs, with the price range", () => {
    const summary = toProductSummary(
      product({
        thumbnail: "http://localhost:9000/static/mat-ong.jpg",
        variants: [variant({ id: "a", calculated_price: { calculated_amount: 150000 } } as never),
                   variant({ id: "b", calculated_price: { calculated_amount: 120000 } } as never)],
      }),
    );
    expect(summary).toEqual({
      id: "prod_1",
      handle: "mat-ong-rung",
      title: "Mật ong rừng",
      subtitle: "OCOP 4 sao — Lạng Sơn",
      thumbnail: "http://localhost:9000/static/mat-ong.jpg",
      price: { min: 120000, max: 150000 },
    });
  });

  it("falls back to the first image, and to null for no image or empty subtitle", () => {
    expect(toProductSummary(product({ images: [{ id: "img", url: "http://x/y.jpg" } as never] })).thumbnail).toBe(
      "http://x/y.jpg",
    );
    const bare = toProductSummary(product({ subtitle: "  ", images: null, variants: null }));
    expect(bare.thumbnail).toBeNull();
    expect(bare.subtitle).toBeNull();
    expect(bare.price).toBeNull();
  });
});

describe("toProductDetail", () => {
  it("lists variants in rank order with their price and stock", () => {
    const detail = toProductDetail(
      product({
        variants: [
          variant({ id: "big", title: "Hộp 1kg", variant_rank: 1, inventory_quantity: 0, calculated_price: { calculated_amount: 260000 } } as never),
          variant({ id: "small", title: "Hộp 500g", variant_rank: 0, calculated_price: null } as never),
        ],
      }),
    );
    expect(detail.variants).toEqual([
      { id: "small", title: "Hộp 500g", price: null, stock: "in_stock" },
      { id: "big", title: "Hộp 1kg", price: 260000, stock: "out_of_stock" },
    ]);
    expect(detail.description).toBe("Mật ong rừng nguyên chất.");
  });
});

describe("metaDescriptionFor", () => {
  it("prefers the subtitle", () => {
    expect(metaDescriptionFor({ subtitle: "Đặc sản", description: "Dài" })).toBe("Đặc sản");
  });

  it("shortens a long description at a word boundary", () => {
    const description = "Trà ".repeat(100).trim();
    const meta = metaDescriptionFor({ subtitle: null, description }, 40)!;
    expect(meta.length).toBeLessThanOrEqual(40);
    expect(meta.endsWith("Trà…")).toBe(true);
  });

  it("is null when there is nothing to say", () => {
    expect(metaDescriptionFor({ subtitle: null, description: null })).toBeNull();
  });
});
