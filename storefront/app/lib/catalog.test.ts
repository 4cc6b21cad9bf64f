import { describe, expect, it } from "vitest";
import { apiProduct, certificate } from "../test/fixtures";
import { metaDescriptionFor, toProductDetail, toProductSummary, variantStockStatus } from "./catalog";

describe("variantStockStatus", () => {
  it("trusts the backend's in_stock", () => {
    expect(variantStockStatus({ in_stock: true, inventory_quantity: 3 })).toBe("in_stock");
    expect(variantStockStatus({ in_stock: true, inventory_quantity: null })).toBe("in_stock");
  });

  it("is out of stock only when a quantity is known", () => {
    expect(variantStockStatus({ in_stock: false, inventory_quantity: 0 })).toBe("out_of_stock");
    expect(variantStockStatus({ in_stock: false, inventory_quantity: -2 })).toBe("out_of_stock");
  });

  it("is unknown without a quantity", () => {
    expect(variantStockStatus({ in_stock: false, inventory_quantity: null })).toBe("unknown");
  });
});

describe("toProductSummary", () => {
  it("keeps what a card needs: image, stars, province, producer and price range", () => {
    expect(toProductSummary(apiProduct())).toEqual({
      id: "prod_muoi",
      handle: "muoi-bac-lieu",
      title: "Muối Bạc Liêu",
      subtitle: "Muối hạt phơi cát — Cà Mau",
      thumbnail: "http://localhost:9000/static/muoi-bac-lieu.svg",
      price: { min: 35000, max: 160000 },
      stars: 5,
      provinceName: "Cà Mau",
      producer: { slug: "htx-muoi-vinh-hau", name: "HTX Muối Vĩnh Hậu", type: "cooperative" },
    });
  });

  it("shows no stars once the certificate is no longer in force", () => {
    const expired = apiProduct({ ocop: { is_ocop: false, stars: null, status: "expired", certificate: null } });
    expect(toProductSummary(expired).stars).toBeNull();
    // Even if a backend sent stars without a certificate in force, they are not shown.
    const inconsistent = apiProduct({ ocop: { is_ocop: false, stars: 4, status: "revoked", certificate: null } });
    expect(toProductSummary(inconsistent).stars).toBeNull();
  });

  it("falls back to the first image, and to null for missing image, subtitle, price or producer", () => {
    expect(toProductSummary(apiProduct({ thumbnail: null, images: ["http://x/y.svg"] })).thumbnail).toBe("http://x/y.svg");
    const bare = toProductSummary(
      apiProduct({
        thumbnail: "",
        images: undefined,
        subtitle: "  ",
        price: null,
        producer: null,
        origin: { province: null, commune: null, region: null },
      }),
    );
    expect(bare).toMatchObject({ thumbnail: null, subtitle: null, price: null, producer: null, provinceName: null });
  });
});

describe("toProductDetail", () => {
  it("keeps the variants in the backend's order with price and stock", () => {
    const detail = toProductDetail(apiProduct());
    expect(detail.variants).toEqual([
      { id: "v1", title: "Túi 1 kg", price: 35000, stock: "in_stock" },
      { id: "v2", title: "Túi 5 kg", price: 160000, stock: "out_of_stock" },
    ]);
    expect(detail.description).toBe("Muối biển kết tinh trên ruộng cát.");
    expect(detail.images).toEqual(["http://localhost:9000/static/muoi-bac-lieu.svg"]);
  });

  it("carries the certificate in force with its stars", () => {
    const detail = toProductDetail(apiProduct());
    expect(detail.ocop).toEqual({ stars: 5, status: "valid", certificate, history: [] });
  });

  it("drops the certificate and stars of an expired product but keeps its history", () => {
    const history = [
      {
        id: "cert_old",
        decision_number: "55/QĐ-UBND",
        decision_date: "2020-01-01T00:00:00.000Z",
        valid_from: "2020-01-01T00:00:00.000Z",
        expires_at: "2023-01-01T00:00:00.000Z",
        issuing_body: "UBND tỉnh Bạc Liêu",
        issuer_level: "province" as const,
        evaluation_round: null,
        producer_address: "tỉnh Bạc Liêu",
        status: "expired" as const,
        revocation_reason: null,
      },
    ];
    const detail = toProductDetail(
      apiProduct({ ocop: { is_ocop: false, stars: null, status: "expired", certificate: null, history } }),
    );
    expect(detail.ocop).toEqual({ stars: null, status: "expired", certificate: null, history });
    expect(detail.stars).toBeNull();
  });

  it("uses the thumbnail as the gallery when there are no images", () => {
    expect(toProductDetail(apiProduct({ images: [] })).images).toEqual(["http://localhost:9000/static/muoi-bac-lieu.svg"]);
    expect(toProductDetail(apiProduct({ images: [], thumbnail: null })).images).toEqual([]);
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
