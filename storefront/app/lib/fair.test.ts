import { describe, expect, it } from "vitest";
import { getFixedT } from "../i18n";
import { apiProduct } from "../test/fixtures";
import {
  boothsInOrder,
  countdownTarget,
  fairBadge,
  fairBadgeKey,
  fairKindKey,
  featuredFirst,
  sessionKindKey,
  toFairProduct,
  type ApiFairProduct,
} from "./fair";

const vi = getFixedT("vi");
const en = getFixedT("en");
const times = { starts_at: "2026-12-01T01:00:00.000Z", ends_at: "2026-12-07T13:00:00.000Z" };

function fairProduct(overrides: Partial<ApiFairProduct> = {}): ApiFairProduct {
  return {
    ...apiProduct({ price: { min: 150_000, max: 150_000, currency_code: "vnd" } }),
    booth_number: 3,
    featured: false,
    regular_price: 150_000,
    fair_price: 120_000,
    discount_percent: 20,
    ...overrides,
  };
}

describe("phase labels", () => {
  it("name each phase in Vietnamese and English", () => {
    expect(vi(fairBadgeKey({ status: "published", phase: "live" }))).toBe("Đang diễn ra");
    expect(vi(fairBadgeKey({ status: "published", phase: "upcoming" }))).toBe("Sắp diễn ra");
    expect(vi(fairBadgeKey({ status: "published", phase: "ended" }))).toBe("Đã kết thúc");
    expect(en(fairBadgeKey({ status: "published", phase: "live" }))).toBe("Live now");
  });

  it("say a cancelled fair is cancelled whatever its dates", () => {
    expect(fairBadge({ status: "cancelled", phase: "live" })).toBe("cancelled");
    expect(vi(fairBadgeKey({ status: "cancelled", phase: "upcoming" }))).toBe("Đã hủy");
  });
});

describe("kind labels", () => {
  it("name the three kinds; an unknown one reads as a fair", () => {
    expect(vi(fairKindKey("hoi_cho"))).toBe("Hội chợ");
    expect(vi(fairKindKey("tuan_le"))).toBe("Tuần lễ");
    expect(vi(fairKindKey("cho_phien"))).toBe("Chợ phiên");
    expect(vi(fairKindKey("something"))).toBe("Hội chợ");
    expect(vi(sessionKindKey("talk"))).toBe("Tọa đàm");
  });
});

describe("countdownTarget", () => {
  it("runs to the opening while upcoming and to the close while live", () => {
    expect(countdownTarget({ status: "published", phase: "upcoming", ...times })).toBe(times.starts_at);
    expect(countdownTarget({ status: "published", phase: "live", ...times })).toBe(times.ends_at);
  });

  it("has nothing to count once ended or cancelled", () => {
    expect(countdownTarget({ status: "published", phase: "ended", ...times })).toBeNull();
    expect(countdownTarget({ status: "cancelled", phase: "live", ...times })).toBeNull();
  });
});

describe("toFairProduct", () => {
  it("shows the fair price with the usual one struck through while live", () => {
    const product = toFairProduct(fairProduct({ featured: true }), "live");
    expect(product.fair).toEqual({ fairPrice: 120_000, regularPrice: 150_000, discountPercent: 20, fair: null });
    expect(product).toMatchObject({ boothNumber: 3, featured: true, price: { min: 150_000, max: 150_000 } });
  });

  it("shows the usual price only once the fair has ended (or before it opens)", () => {
    expect(toFairProduct(fairProduct(), "ended").fair).toBeUndefined();
    expect(toFairProduct(fairProduct(), "upcoming").fair).toBeUndefined();
    expect(toFairProduct(fairProduct({ fair_price: null }), "live").fair).toBeUndefined();
  });

  it("falls back to the card's price when the regular price is missing", () => {
    expect(toFairProduct(fairProduct({ regular_price: null }), "live").fair?.regularPrice).toBe(150_000);
  });
});

describe("ordering", () => {
  it("puts featured products first and keeps the backend's order otherwise", () => {
    const list = [
      { id: "a", featured: false },
      { id: "b", featured: true },
      { id: "c", featured: false },
      { id: "d", featured: true },
    ];
    expect(featuredFirst(list).map((p) => p.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("lists booths by number", () => {
    const booth = (number: number) => ({ id: `b${number}`, number, product_count: 1, producer: { id: "p", name: "P", slug: "p", province_name: null } });
    expect(boothsInOrder([booth(3), booth(1), booth(2)]).map((b) => b.number)).toEqual([1, 2, 3]);
  });
});
