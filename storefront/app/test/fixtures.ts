/** Store API answers shaped like the backend's OCOP routes, for unit tests. */
import type { ApiOcopProduct, OcopCertificate, ProvinceRef } from "../lib/ocop";

export const caMau: ProvinceRef = {
  code: "96",
  name: "Cà Mau",
  full_name: "Tỉnh Cà Mau",
  slug: "ca-mau",
  kind: "province",
  former_names: ["Bạc Liêu"],
};

export const hoChiMinh: ProvinceRef = {
  code: "79",
  name: "TP Hồ Chí Minh",
  full_name: "Thành phố Hồ Chí Minh",
  slug: "tp-ho-chi-minh",
  kind: "city",
  former_names: ["Bình Dương", "Bà Rịa – Vũng Tàu"],
};

export const certificate: OcopCertificate = {
  id: "cert_1",
  stars: 5,
  score: 92,
  decision_number: "1032/QĐ-BNNMT",
  decision_date: "2024-03-14T17:00:00.000Z",
  valid_from: "2024-03-14T17:00:00.000Z",
  expires_at: "2027-03-14T17:00:00.000Z",
  issuing_body: "Bộ Nông nghiệp và Môi trường",
  issuer_level: "ministry",
  evaluation_round: "đợt 1/2024",
  producer_address: "xã Vĩnh Hậu, huyện Hòa Bình, tỉnh Bạc Liêu",
  status: "valid",
};

export function apiProduct(overrides: Partial<ApiOcopProduct> = {}): ApiOcopProduct {
  return {
    id: "prod_muoi",
    handle: "muoi-bac-lieu",
    title: "Muối Bạc Liêu",
    subtitle: "Muối hạt phơi cát — Cà Mau",
    thumbnail: "http://localhost:9000/static/muoi-bac-lieu.svg",
    created_at: "2026-01-01T00:00:00.000Z",
    description: "Muối biển kết tinh trên ruộng cát.",
    images: ["http://localhost:9000/static/muoi-bac-lieu.svg"],
    variants: [
      { id: "v1", title: "Túi 1 kg", sku: "MUOI-1KG", price: 35000, original_price: 35000, inventory_quantity: 300, in_stock: true },
      { id: "v2", title: "Túi 5 kg", sku: "MUOI-5KG", price: 160000, original_price: 160000, inventory_quantity: 0, in_stock: false },
    ],
    price: { min: 35000, max: 160000, currency_code: "vnd" },
    in_stock: true,
    groups: [{ handle: "gia-vi", name: "Gia vị", parent: { handle: "thuc-pham", name: "Thực phẩm" } }],
    producer: { id: "prd_1", slug: "htx-muoi-vinh-hau", name: "HTX Muối Vĩnh Hậu", type: "cooperative", status: "approved" },
    origin: {
      province: caMau,
      commune: { code: "32001", name: "Vĩnh Hậu", kind: "xa" },
      region: { slug: "bac-lieu", name: "Bạc Liêu", kind: "geographical_indication" },
    },
    ocop: { is_ocop: true, stars: 5, status: "valid", certificate, history: [] },
    ...overrides,
  };
}
