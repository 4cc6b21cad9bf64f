import { describe, expect, it } from "vitest";
import { getFixedT } from "../i18n";
import {
  clearFiltersHref,
  EMPTY_SEARCH_STATE,
  filterChips,
  formatPriceRange,
  formDataToSearchParams,
  hitToProductSummary,
  offsetForPage,
  pageForOffset,
  parsePriceRange,
  parseSearchState,
  priceBucketLabel,
  queryHref,
  searchHref,
  searchStateToBackendQuery,
  searchStateToSearchParams,
  suggestionOptions,
  suggestQuery,
  toSearchFacets,
  toSearchResult,
  toSuggestions,
  type ApiSearchHit,
  type SearchState,
} from "./search";

const vi = getFixedT("vi");
const en = getFixedT("en");
const params = (query: string) => new URLSearchParams(query);
const state = (overrides: Partial<SearchState>): SearchState => ({ ...EMPTY_SEARCH_STATE, ...overrides });
/** "100.000 ₫" as Intl writes it (U+00A0 before ₫). */
const nb = (text: string) => text.replace(/ ₫/g, "\u00a0₫");

describe("search state ⇄ URL", () => {
  it("reads every parameter of a shared link", () => {
    expect(
      parseSearchState(
        params("q=tr%C3%A0&stars=4&stars=5&province=bac-lieu&group=tra-che&type=household&price=100000-300000&sort=price_asc&trang=3"),
      ),
    ).toEqual({
      q: "trà",
      stars: [5, 4],
      province: "bac-lieu",
      group: "tra-che",
      producerTypes: ["household"],
      priceMin: 100000,
      priceMax: 300000,
      sort: "price_asc",
      page: 3,
    });
  });

  it("leaves defaults out of URLs", () => {
    expect(searchStateToSearchParams(EMPTY_SEARCH_STATE).toString()).toBe("");
    expect(searchStateToSearchParams(state({ q: "trà", sort: "relevance", page: 1 })).toString()).toBe("q=tr%C3%A0");
    expect(searchHref(state({ q: "tra hoa vang" }))).toBe("/tim-kiem?q=tra+hoa+vang");
    expect(searchHref(EMPTY_SEARCH_STATE)).toBe("/tim-kiem");
  });

  it("drops unknown and invalid values", () => {
    expect(
      parseSearchState(
        params("q=%20%20&stars=2&stars=abc&type=farm&group=Tr%C3%A0%20xanh&province=&price=300000-100000&sort=cheapest&trang=-1&utm=x"),
      ),
    ).toEqual(EMPTY_SEARCH_STATE);
    expect(parseSearchState(params("price=abc")).priceMin).toBeNull();
    expect(parseSearchState(params("sort=PRICE_ASC")).sort).toBe("relevance");
  });

  it("what a no-JavaScript form submits (empty radios, sort=relevance) gives the clean state", () => {
    const submitted = params("q=tr%C3%A0&stars=5&price=&province=&group=&sort=relevance");
    const parsed = parseSearchState(submitted);
    expect(parsed).toEqual(state({ q: "trà", stars: [5] }));
    expect(searchHref(parsed)).toBe("/tim-kiem?q=tr%C3%A0&stars=5");
  });

  it("tidies the words: trimmed, single-spaced, NFC", () => {
    // "trà" typed with a combining grave accent (NFD), with extra spaces.
    expect(parseSearchState(params(`q=${encodeURIComponent("  tra\u0300   hoa  vàng ")}`)).q).toBe("trà hoa vàng");
  });

  const cases: SearchState[] = [
    EMPTY_SEARCH_STATE,
    state({ q: "trà" }),
    state({ q: "mật ong", stars: [5, 4, 3], province: "Bạc Liêu", group: "mat-ong", producerTypes: ["cooperative", "household"] }),
    state({ q: "nước mắm", priceMin: 100000, priceMax: 300000, sort: "price_desc", page: 4 }),
    state({ priceMax: 100000, sort: "stars" }),
    state({ q: "gạo", priceMin: 1000000, sort: "newest", page: 2 }),
  ];

  it.each(cases)("parse(serialize(%o)) gives the same state", (original) => {
    expect(parseSearchState(searchStateToSearchParams(original))).toEqual(original);
  });

  it("serialize(parse(url)) gives the same canonical URL", () => {
    const url = "q=tr%C3%A0&stars=5&stars=4&province=ca-mau&group=tra-che&type=enterprise&type=household&price=-100000&sort=newest&trang=2";
    expect(searchStateToSearchParams(parseSearchState(params(url))).toString()).toBe(url);
  });

  it("collects a form's fields as parameters", () => {
    const form = new FormData();
    form.append("q", "trà");
    form.append("stars", "5");
    form.append("stars", "3");
    form.append("sort", "price_asc");
    expect(parseSearchState(formDataToSearchParams(form))).toEqual(state({ q: "trà", stars: [5, 3], sort: "price_asc" }));
  });

  it("a new search keeps only the words", () => {
    expect(queryHref("Bạc Liêu")).toBe("/tim-kiem?q=B%E1%BA%A1c+Li%C3%AAu");
    expect(clearFiltersHref(state({ q: "trà", stars: [5], province: "ca-mau", sort: "price_asc", page: 3 }))).toBe(
      "/tim-kiem?q=tr%C3%A0&sort=price_asc",
    );
  });
});

describe("pages and offsets", () => {
  it("page ⇄ offset", () => {
    expect(offsetForPage(1)).toBe(0);
    expect(offsetForPage(3)).toBe(48);
    expect(offsetForPage(2, 10)).toBe(10);
    expect(pageForOffset(0)).toBe(1);
    expect(pageForOffset(48)).toBe(3);
    expect(pageForOffset(50)).toBe(3);
    for (const page of [1, 2, 7, 40]) expect(pageForOffset(offsetForPage(page))).toBe(page);
  });

  it("odd pages and offsets fall back to the first page", () => {
    expect(offsetForPage(0)).toBe(0);
    expect(offsetForPage(-3)).toBe(0);
    expect(pageForOffset(-24)).toBe(1);
    expect(pageForOffset(24, 0)).toBe(1);
  });
});

describe("the backend query", () => {
  it("joins lists with commas, turns the page into an offset and leaves defaults out", () => {
    expect(
      searchStateToBackendQuery(
        state({ q: "trà", stars: [5, 4], province: "bac-lieu", producerTypes: ["cooperative", "household"], priceMin: 100000, priceMax: 300000, sort: "price_asc", page: 3 }),
      ),
    ).toEqual({
      q: "trà",
      stars: "5,4",
      province: "bac-lieu",
      producer_type: "cooperative,household",
      price_min: 100000,
      price_max: 300000,
      sort: "price_asc",
      limit: 24,
      offset: 48,
    });
    expect(searchStateToBackendQuery(EMPTY_SEARCH_STATE)).toEqual({ limit: 24, offset: 0 });
  });
});

describe("price ranges", () => {
  it("reads and writes the `price` parameter", () => {
    expect(parsePriceRange("100000-300000")).toEqual({ min: 100000, max: 300000 });
    expect(parsePriceRange("-100000")).toEqual({ min: null, max: 100000 });
    expect(parsePriceRange("0-100000")).toEqual({ min: null, max: 100000 });
    expect(parsePriceRange("1000000-")).toEqual({ min: 1000000, max: null });
    for (const bad of ["", "-", "0-", "abc", "300000-100000", "100-100", "1.5-2", "-0", "1e6-"]) {
      expect(parsePriceRange(bad), bad).toEqual({ min: null, max: null });
    }
    expect(formatPriceRange(0, 100000)).toBe("-100000");
    expect(formatPriceRange(100000, 300000)).toBe("100000-300000");
    expect(formatPriceRange(1000000, null)).toBe("1000000-");
    expect(formatPriceRange(null, null)).toBeNull();
  });

  it("labels buckets in đồng", () => {
    expect(priceBucketLabel({ from: 0, to: 100000 }, vi)).toBe(nb("Dưới 100.000 ₫"));
    expect(priceBucketLabel({ from: 100000, to: 300000 }, vi)).toBe(nb("100.000 ₫ – 300.000 ₫"));
    expect(priceBucketLabel({ from: 1000000, to: null }, vi)).toBe(nb("Từ 1.000.000 ₫"));
    expect(priceBucketLabel({ from: null, to: 100000 }, vi)).toBe(nb("Dưới 100.000 ₫"));
    expect(priceBucketLabel({ from: 1000000, to: null }, en)).toBe(nb("1.000.000 ₫ and up"));
  });
});

describe("filter chips", () => {
  const selected = state({
    q: "trà",
    stars: [5, 4],
    province: "bac-lieu",
    group: "tra-che",
    producerTypes: ["cooperative"],
    priceMin: 100000,
    priceMax: 300000,
    sort: "price_asc",
    page: 2,
  });

  it("label every selected filter, in the sidebar's order", () => {
    const chips = filterChips(selected, vi, {
      province: () => "Bạc Liêu (nay thuộc Cà Mau)",
      group: (handle) => (handle === "tra-che" ? "Trà, chè" : null),
    });
    expect(chips.map((c) => [c.kind, c.label])).toEqual([
      ["stars", "5 sao"],
      ["stars", "4 sao"],
      ["province", "Bạc Liêu (nay thuộc Cà Mau)"],
      ["group", "Trà, chè"],
      ["type", "Hợp tác xã"],
      ["price", nb("100.000 ₫ – 300.000 ₫")],
    ]);
  });

  it("each removes just its own filter, keeps the words and the order, and goes back to page 1", () => {
    const chips = filterChips(selected, vi);
    const after = (kind: string, index = 0) =>
      parseSearchState(new URL(chips.filter((c) => c.kind === kind)[index].href, "http://x").searchParams);
    expect(after("stars")).toEqual({ ...selected, stars: [4], page: 1 });
    expect(after("stars", 1)).toEqual({ ...selected, stars: [5], page: 1 });
    expect(after("province")).toEqual({ ...selected, province: null, page: 1 });
    expect(after("group")).toEqual({ ...selected, group: null, page: 1 });
    expect(after("type")).toEqual({ ...selected, producerTypes: [], page: 1 });
    expect(after("price")).toEqual({ ...selected, priceMin: null, priceMax: null, page: 1 });
  });

  it("show a value as given when there is no name for it, and speak English", () => {
    const chips = filterChips(state({ province: "bac-lieu", group: "tra-che", producerTypes: ["household"], priceMax: 100000 }), en);
    expect(chips.map((c) => c.label)).toEqual(["bac-lieu", "tra-che", "Household business", nb("Under 100.000 ₫")]);
  });

  it("none without filters", () => {
    expect(filterChips(state({ q: "trà", sort: "newest" }), vi)).toEqual([]);
  });
});

const hit = (overrides: Partial<ApiSearchHit> = {}): ApiSearchHit => ({
  id: "prod_1",
  handle: "tra-hoa-vang-ba-che",
  title: "Trà hoa vàng Ba Chẽ",
  subtitle: "Hoa trà vàng sấy lạnh — Quảng Ninh",
  thumbnail: "http://localhost:9000/static/tra.svg",
  price: { min: 750000, max: 1450000, currency_code: "vnd" },
  in_stock: true,
  producer: { slug: "htx-tra-hoa-vang-ba-che", name: "HTX Trà hoa vàng Ba Chẽ", type: "cooperative" },
  province: { code: "22", name: "Quảng Ninh", slug: "quang-ninh" },
  region: { slug: "ba-che", name: "Ba Chẽ" },
  stars: 5,
  groups: [{ handle: "tra-che", name: "Trà, chè" }],
  ...overrides,
});

describe("search hits → product cards", () => {
  it("keep what a card shows", () => {
    expect(hitToProductSummary(hit())).toEqual({
      id: "prod_1",
      handle: "tra-hoa-vang-ba-che",
      title: "Trà hoa vàng Ba Chẽ",
      subtitle: "Hoa trà vàng sấy lạnh — Quảng Ninh",
      thumbnail: "http://localhost:9000/static/tra.svg",
      price: { min: 750000, max: 1450000 },
      stars: 5,
      provinceName: "Quảng Ninh",
      producer: { slug: "htx-tra-hoa-vang-ba-che", name: "HTX Trà hoa vàng Ba Chẽ", type: "cooperative" },
    });
  });

  it("show stars only for a 3–5 star level", () => {
    expect(hitToProductSummary(hit({ stars: null })).stars).toBeNull();
    expect(hitToProductSummary(hit({ stars: 2 })).stars).toBeNull();
    expect(hitToProductSummary(hit({ stars: "5" as unknown as number })).stars).toBeNull();
    expect(hitToProductSummary(hit({ stars: 3 })).stars).toBe(3);
  });

  it("cope with missing parts", () => {
    const summary = hitToProductSummary(hit({ price: null, province: null, producer: null, thumbnail: " ", subtitle: "" }));
    expect(summary).toMatchObject({ price: null, provinceName: null, producer: null, thumbnail: null, subtitle: null });
  });
});

describe("search answers", () => {
  it("facets: unknown values dropped, stars from 5 down, places by count, prices by amount", () => {
    expect(
      toSearchFacets({
        stars: [{ value: 3, count: 2 }, { value: 5, count: 4 }, { value: 2, count: 9 }, { value: 4, count: 1 }],
        province: [
          { code: "96", name: "Cà Mau", slug: "ca-mau", count: 2 },
          { code: "22", name: "Quảng Ninh", slug: "quang-ninh", count: 5 },
          { code: "01", name: "Hà Nội", slug: "ha-noi", count: 2 },
        ],
        group: [{ handle: "tra-che", name: "Trà, chè", count: 3 }, { handle: "", name: "?", count: 1 }],
        producer_type: [{ value: "household", count: 1 }, { value: "farm", count: 3 }],
        price: [{ from: 1000000, to: null, count: 1 }, { from: 0, to: 100000, count: 3 }, { from: 300000, to: 100000, count: 1 }],
      }),
    ).toEqual({
      stars: [{ value: 5, count: 4 }, { value: 4, count: 1 }, { value: 3, count: 2 }],
      province: [
        { code: "22", name: "Quảng Ninh", slug: "quang-ninh", count: 5 },
        { code: "96", name: "Cà Mau", slug: "ca-mau", count: 2 },
        { code: "01", name: "Hà Nội", slug: "ha-noi", count: 2 },
      ],
      group: [{ handle: "tra-che", name: "Trà, chè", count: 3 }],
      producerType: [{ value: "household", count: 1 }],
      price: [{ from: 0, to: 100000, count: 3 }, { from: 1000000, to: null, count: 1 }],
    });
    expect(toSearchFacets(undefined)).toEqual({ stars: [], province: [], group: [], producerType: [], price: [] });
  });

  it("nothing found: other searches and popular products", () => {
    const result = toSearchResult({
      hits: [],
      count: 0,
      limit: 24,
      offset: 0,
      q: "xyz",
      did_you_mean: " trà ",
      suggestions: { queries: ["mật ong", "mật ong", ""], popular: [hit()] },
    });
    expect(result.count).toBe(0);
    expect(result.didYouMean).toBe("trà");
    expect(result.suggestedQueries).toEqual(["mật ong"]);
    expect(result.popular.map((p) => p.handle)).toEqual(["tra-hoa-vang-ba-che"]);
  });

  it("suggestions: products, provinces, groups, in that order, as links", () => {
    const suggestions = toSuggestions({
      products: [{ handle: "tra-hoa-vang-ba-che", title: "Trà hoa vàng Ba Chẽ", thumbnail: null, price: { min: 750000, max: 1450000, currency_code: "vnd" }, stars: 5 }],
      provinces: [{ slug: "quang-ninh", name: "Quảng Ninh" }],
      groups: [{ handle: "tra-che", name: "Trà, chè" }],
    });
    expect(suggestionOptions(suggestions)).toEqual([
      { kind: "product", key: "p:tra-hoa-vang-ba-che", label: "Trà hoa vàng Ba Chẽ", href: "/san-pham/tra-hoa-vang-ba-che" },
      { kind: "province", key: "v:quang-ninh", label: "Quảng Ninh", href: "/tinh-thanh/quang-ninh" },
      { kind: "group", key: "g:tra-che", label: "Trà, chè", href: "/nhom/tra-che" },
    ]);
    expect(toSuggestions(null)).toEqual({ products: [], provinces: [], groups: [] });
  });

  it("suggestions: a repeated product, province or group shows once", () => {
    const suggestions = toSuggestions({
      products: [],
      provinces: [{ slug: "bac-ninh", name: "Bắc Ninh" }, { slug: "bac-kan", name: "Bắc Kạn" }, { slug: "bac-ninh", name: "Bắc Ninh" }],
      groups: [{ handle: "tra-che", name: "Trà" }, { handle: "tra-che", name: "Trà" }],
    });
    expect(suggestionOptions(suggestions).map((o) => o.key)).toEqual(["v:bac-ninh", "v:bac-kan", "g:tra-che"]);
  });

  it("suggestions are asked for from two characters", () => {
    expect(suggestQuery("t")).toBeNull();
    expect(suggestQuery("   ")).toBeNull();
    expect(suggestQuery(" tr ")).toBe("tr");
    expect(suggestQuery("tra  hoa vang")).toBe("tra hoa vang");
  });
});
