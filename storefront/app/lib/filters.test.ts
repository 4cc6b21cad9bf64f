import { describe, expect, it } from "vitest";
import {
  EMPTY_PRODUCT_FILTERS,
  hasProductFilters,
  pageCount,
  parsePage,
  parseProducerFilters,
  parseProductFilters,
  producerFiltersToSearchParams,
  productFiltersToBackendQuery,
  productFiltersToSearchParams,
  withSearch,
  type ProductFilters,
} from "./filters";

const params = (query: string) => new URLSearchParams(query);

describe("parseProductFilters", () => {
  it("reads what the filter form submits", () => {
    expect(parseProductFilters(params("stars=4&stars=5&province=bac-lieu&group=tra-che&type=household"))).toEqual({
      stars: [5, 4],
      province: "bac-lieu",
      group: "tra-che",
      producerTypes: ["household"],
    });
  });

  it("accepts comma lists like the backend", () => {
    expect(parseProductFilters(params("stars=3,5&type=household,enterprise"))).toMatchObject({
      stars: [5, 3],
      producerTypes: ["enterprise", "household"],
    });
  });

  it("drops what the backend would refuse: 2 stars, unknown types, odd handles, empty selects", () => {
    expect(parseProductFilters(params("stars=2&stars=abc&stars=4&type=farm&group=Trà%20xanh&province="))).toEqual({
      stars: [4],
      province: null,
      group: null,
      producerTypes: [],
    });
  });

  it("keeps old province names as typed (the backend understands them)", () => {
    expect(parseProductFilters(params("province=B%E1%BA%A1c%20Li%C3%AAu")).province).toBe("Bạc Liêu");
  });
});

describe("filters ⇄ URL round trip", () => {
  const cases: ProductFilters[] = [
    EMPTY_PRODUCT_FILTERS,
    { stars: [5], province: null, group: null, producerTypes: [] },
    { stars: [5, 4, 3], province: "ca-mau", group: "gia-vi", producerTypes: ["cooperative", "household"] },
    { stars: [], province: "Bạc Liêu", group: "thuc-pham", producerTypes: ["enterprise"] },
  ];

  it.each(cases)("parse(serialize(%o)) gives the same filters", (filters) => {
    expect(parseProductFilters(productFiltersToSearchParams(filters))).toEqual(filters);
  });

  it("writes a stable, readable query with the page last", () => {
    const filters: ProductFilters = { stars: [5, 4], province: "ca-mau", group: null, producerTypes: ["household"] };
    expect(productFiltersToSearchParams(filters, 2).toString()).toBe(
      "stars=5&stars=4&province=ca-mau&type=household&trang=2",
    );
    expect(withSearch("/san-pham", productFiltersToSearchParams({ stars: [5] }))).toBe("/san-pham?stars=5");
    expect(withSearch("/san-pham", productFiltersToSearchParams(EMPTY_PRODUCT_FILTERS, 1))).toBe("/san-pham");
  });

  it("round-trips producer filters too", () => {
    const filters = { province: "vinh-long", producerTypes: ["cooperative_group" as const] };
    expect(parseProducerFilters(producerFiltersToSearchParams(filters, 3))).toEqual(filters);
    expect(parsePage(producerFiltersToSearchParams(filters, 3))).toBe(3);
  });
});

describe("productFiltersToBackendQuery", () => {
  it("joins lists with commas and leaves out empty filters", () => {
    expect(
      productFiltersToBackendQuery({ stars: [5, 4], province: "ca-mau", group: null, producerTypes: ["household", "enterprise"] }),
    ).toEqual({ stars: "5,4", province: "ca-mau", producer_type: "household,enterprise" });
    expect(productFiltersToBackendQuery(EMPTY_PRODUCT_FILTERS)).toEqual({});
  });
});

describe("parsePage / pageCount", () => {
  it("reads ?trang= and falls back to 1", () => {
    expect(parsePage(params("trang=3"))).toBe(3);
    expect(parsePage(params(""))).toBe(1);
    expect(parsePage(params("trang=0"))).toBe(1);
    expect(parsePage(params("trang=-2"))).toBe(1);
    expect(parsePage(params("trang=2.5"))).toBe(1);
    expect(parsePage(params("trang=abc"))).toBe(1);
    expect(parsePage(params("trang=99999999"))).toBe(1);
  });

  it("counts pages, at least one", () => {
    expect(pageCount(0, 24)).toBe(1);
    expect(pageCount(24, 24)).toBe(1);
    expect(pageCount(25, 24)).toBe(2);
  });

  it("knows when filters are set", () => {
    expect(hasProductFilters(EMPTY_PRODUCT_FILTERS)).toBe(false);
    expect(hasProductFilters({ ...EMPTY_PRODUCT_FILTERS, stars: [5] })).toBe(true);
  });
});
