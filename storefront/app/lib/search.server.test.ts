import { FetchError } from "@medusajs/js-sdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const sdkMock = vi.hoisted(() => ({
  client: { fetch: vi.fn() },
  store: { category: { list: vi.fn() } },
}));

vi.mock("./medusa.server", () => ({ sdk: sdkMock }));

import { EMPTY_SEARCH_STATE } from "./search";
import { searchProducts, suggest } from "./search.server";

function statusOf(error: unknown) {
  return (error as { init?: { status?: number } })?.init?.status;
}

const answer = {
  hits: [
    {
      id: "prod_1",
      handle: "muoi-bac-lieu",
      title: "Muối Bạc Liêu",
      subtitle: null,
      thumbnail: null,
      price: { min: 35000, max: 160000, currency_code: "vnd" },
      in_stock: true,
      producer: { slug: "htx-muoi-vinh-hau", name: "HTX Muối Vĩnh Hậu", type: "cooperative" },
      province: { code: "96", name: "Cà Mau", slug: "ca-mau" },
      region: { slug: "bac-lieu", name: "Bạc Liêu" },
      stars: 5,
      groups: [{ handle: "gia-vi", name: "Gia vị" }],
    },
  ],
  count: 25,
  limit: 24,
  offset: 24,
  q: "bac lieu",
  facets: { stars: [{ value: 5, count: 25 }] },
};

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  sdkMock.client.fetch.mockReset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("searchProducts", () => {
  it("asks the search route with the backend's parameter names", async () => {
    sdkMock.client.fetch.mockResolvedValue(answer);
    const outcome = await searchProducts({ ...EMPTY_SEARCH_STATE, q: "bac lieu", stars: [5], producerTypes: ["cooperative"], priceMax: 100000, sort: "stars", page: 2 });
    expect(sdkMock.client.fetch).toHaveBeenCalledWith("/store/ocop/search", {
      method: "GET",
      query: { q: "bac lieu", stars: "5", producer_type: "cooperative", price_max: 100000, sort: "stars", limit: 24, offset: 24 },
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.count).toBe(25);
    expect(outcome.result.products[0]).toMatchObject({ handle: "muoi-bac-lieu", provinceName: "Cà Mau", stars: 5 });
    expect(outcome.result.facets.stars).toEqual([{ value: 5, count: 25 }]);
  });

  it("gives back the backend's message for a bad parameter", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Giá tối thiểu phải nhỏ hơn giá tối đa", "Bad Request", 400));
    await expect(searchProducts({ ...EMPTY_SEARCH_STATE, q: "trà" })).resolves.toEqual({
      ok: false,
      message: "Giá tối thiểu phải nhỏ hơn giá tối đa",
    });
  });

  it("a backend that is down, or has no search yet, is a 503", async () => {
    sdkMock.client.fetch.mockRejectedValue(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }));
    expect(statusOf(await searchProducts({ ...EMPTY_SEARCH_STATE, q: "trà" }).catch((e) => e))).toBe(503);
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Not Found", "Not Found", 404));
    expect(statusOf(await searchProducts({ ...EMPTY_SEARCH_STATE, q: "trà" }).catch((e) => e))).toBe(503);
  });
});

describe("suggest", () => {
  it("asks for two characters or more", async () => {
    expect(await suggest("t")).toEqual({ products: [], provinces: [], groups: [] });
    expect(sdkMock.client.fetch).not.toHaveBeenCalled();

    sdkMock.client.fetch.mockResolvedValue({
      products: [{ handle: "tra-hoa-vang-ba-che", title: "Trà hoa vàng Ba Chẽ", thumbnail: null, price: null, stars: 4 }],
      provinces: [],
      groups: [{ handle: "tra-che", name: "Trà, chè" }],
    });
    const suggestions = await suggest("  tra  hoa ");
    expect(sdkMock.client.fetch).toHaveBeenCalledWith("/store/ocop/search/suggest", { method: "GET", query: { q: "tra hoa" } });
    expect(suggestions.products[0]).toMatchObject({ handle: "tra-hoa-vang-ba-che", stars: 4 });
    expect(suggestions.groups).toEqual([{ handle: "tra-che", name: "Trà, chè" }]);
  });

  it("a refused query has no suggestions; a backend that is down is a 503", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Từ khóa quá dài", "Bad Request", 400));
    expect(await suggest("tra")).toEqual({ products: [], provinces: [], groups: [] });
    sdkMock.client.fetch.mockRejectedValue(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }));
    expect(statusOf(await suggest("tra").catch((e) => e))).toBe(503);
  });
});
