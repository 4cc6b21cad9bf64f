import { describe, expect, it } from "vitest";
import { caMau, hoChiMinh } from "../test/fixtures";
import {
  communeNameHasKind,
  foldVietnamese,
  formerProvinceMentioned,
  latestWithStatus,
  localizedName,
  resolveProvinceSlug,
  revocationReasonOf,
  shownStars,
  slugifyVietnamese,
  starGlyphs,
  toGroupNodes,
  topGroups,
  type OcopHistoryEntry,
} from "./ocop";

describe("shownStars", () => {
  it("shows 3–5 stars only while a certificate is in force", () => {
    expect(shownStars({ is_ocop: true, stars: 4 })).toBe(4);
    expect(shownStars({ is_ocop: true, stars: 3 })).toBe(3);
    expect(shownStars({ is_ocop: false, stars: 4 })).toBeNull();
    expect(shownStars({ is_ocop: true, stars: null })).toBeNull();
    expect(shownStars(null)).toBeNull();
  });

  it("never shows a level outside the OCOP ranks", () => {
    expect(shownStars({ is_ocop: true, stars: 2 })).toBeNull();
    expect(shownStars({ is_ocop: true, stars: 6 })).toBeNull();
    expect(shownStars({ is_ocop: true, stars: 4.5 })).toBeNull();
  });
});

describe("starGlyphs", () => {
  it("always writes five glyphs", () => {
    expect(starGlyphs(4)).toBe("★★★★☆");
    expect(starGlyphs(5)).toBe("★★★★★");
    expect(starGlyphs(3)).toBe("★★★☆☆");
    expect(starGlyphs(9)).toBe("★★★★★");
  });
});

describe("foldVietnamese / slugifyVietnamese", () => {
  it("folds like the backend, đ included", () => {
    expect(foldVietnamese("  Bạc   Liêu ")).toBe("bac lieu");
    expect(foldVietnamese("ĐẮK LẮK")).toBe("dak lak");
    expect(slugifyVietnamese("Bà Rịa – Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slugifyVietnamese("Đồng Tháp")).toBe("dong-thap");
  });
});

describe("resolveProvinceSlug", () => {
  const provinces = [caMau, hoChiMinh];

  it("finds a current province by slug, code or name", () => {
    expect(resolveProvinceSlug(provinces, "ca-mau")).toEqual({ province: caMau, formerName: null, canonicalSlug: "ca-mau" });
    expect(resolveProvinceSlug(provinces, "96")?.canonicalSlug).toBe("ca-mau");
    expect(resolveProvinceSlug(provinces, "Cà Mau")?.province).toBe(caMau);
  });

  it("finds the province an old province was merged into", () => {
    expect(resolveProvinceSlug(provinces, "bac-lieu")).toEqual({
      province: caMau,
      formerName: "Bạc Liêu",
      canonicalSlug: "bac-lieu",
    });
    expect(resolveProvinceSlug(provinces, "Bà Rịa - Vũng Tàu")).toEqual({
      province: hoChiMinh,
      formerName: "Bà Rịa – Vũng Tàu",
      canonicalSlug: "ba-ria-vung-tau",
    });
  });

  it("is null for anything else", () => {
    expect(resolveProvinceSlug(provinces, "atlantis")).toBeNull();
    expect(resolveProvinceSlug(provinces, "---")).toBeNull();
  });
});

describe("formerProvinceMentioned", () => {
  it("names the old province written on the certificate", () => {
    expect(formerProvinceMentioned(caMau, ["xã Vĩnh Hậu, huyện Hòa Bình, tỉnh Bạc Liêu"])).toBe("Bạc Liêu");
    expect(formerProvinceMentioned(hoChiMinh, [null, "Phường Phú Cường, TP Thủ Dầu Một, tỉnh Bình Dương"])).toBe(
      "Bình Dương",
    );
  });

  it("matches whole words only, and does not guess", () => {
    expect(formerProvinceMentioned(caMau, ["Năm Căn, tỉnh Cà Mau"])).toBeNull();
    expect(formerProvinceMentioned(caMau, ["Bạc Liêuxyz"])).toBeNull();
    expect(formerProvinceMentioned({ former_names: [] }, ["Bạc Liêu"])).toBeNull();
    expect(formerProvinceMentioned(null, ["Bạc Liêu"])).toBeNull();
  });
});

describe("certificate history helpers", () => {
  const entry = (overrides: Partial<OcopHistoryEntry>): OcopHistoryEntry => ({
    id: "c",
    decision_number: "1/QĐ",
    decision_date: "2020-01-01",
    valid_from: "2020-01-01",
    expires_at: "2023-01-01",
    issuing_body: "UBND tỉnh Đồng Tháp",
    issuer_level: "province",
    evaluation_round: null,
    producer_address: "Đồng Tháp",
    status: "expired",
    revocation_reason: null,
    ...overrides,
  });

  it("finds the newest revocation reason", () => {
    const history = [
      entry({ id: "new", status: "revoked", revocation_reason: "Không duy trì chất lượng" }),
      entry({ id: "old", status: "revoked", revocation_reason: "Lý do cũ" }),
    ];
    expect(revocationReasonOf(history)).toBe("Không duy trì chất lượng");
    expect(revocationReasonOf([entry({ status: "revoked", revocation_reason: "  " })])).toBeNull();
    expect(revocationReasonOf(undefined)).toBeNull();
  });

  it("finds the newest entry with a status", () => {
    const history = [entry({ id: "a", status: "revoked" }), entry({ id: "b" }), entry({ id: "c" })];
    expect(latestWithStatus(history, "expired")?.id).toBe("b");
    expect(latestWithStatus(history, "not_yet_valid")).toBeNull();
  });
});

describe("communeNameHasKind", () => {
  it("knows when the name already says xã / phường / đặc khu", () => {
    expect(communeNameHasKind({ name: "Phường 1", kind: "phuong" })).toBe(true);
    expect(communeNameHasKind({ name: "Xã Vĩnh Hậu", kind: "xa" })).toBe(true);
    expect(communeNameHasKind({ name: "Đặc khu Phú Quốc", kind: "dac_khu" })).toBe(true);
    expect(communeNameHasKind({ name: "Vĩnh Hậu", kind: "xa" })).toBe(false);
    expect(communeNameHasKind({ name: "Xa Mát", kind: "phuong" })).toBe(false);
  });
});

describe("groups", () => {
  const nodes = toGroupNodes([
    { id: "c2", handle: "do-uong", name: "Đồ uống", parent_category_id: null, metadata: { name_en: "Beverages" } },
    { id: "c3", handle: "tra-che", name: "Chè", parent_category_id: "c1", metadata: { name_en: "Tea" } },
    { id: "c1", handle: "thuc-pham", name: "Thực phẩm", parent_category_id: null, metadata: null },
  ]);

  it("resolves parents to handles and reads English names from metadata", () => {
    expect(nodes).toContainEqual({ handle: "tra-che", name: "Chè", nameEn: "Tea", parentHandle: "thuc-pham" });
    expect(nodes).toContainEqual({ handle: "thuc-pham", name: "Thực phẩm", nameEn: null, parentHandle: null });
  });

  it("orders top-level groups as the programme does", () => {
    expect(topGroups(nodes).map((g) => g.handle)).toEqual(["thuc-pham", "do-uong"]);
  });

  it("uses English names in English only, falling back to Vietnamese", () => {
    const tea = nodes.find((n) => n.handle === "tra-che")!;
    const food = nodes.find((n) => n.handle === "thuc-pham")!;
    expect(localizedName(tea, "en")).toBe("Tea");
    expect(localizedName(tea, "vi")).toBe("Chè");
    expect(localizedName(food, "en")).toBe("Thực phẩm");
  });
});
