import { FetchError } from "@medusajs/js-sdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiProduct } from "../test/fixtures";

const sdkMock = vi.hoisted(() => ({
  client: { fetch: vi.fn() },
  store: { category: { list: vi.fn() } },
}));

vi.mock("./medusa.server", () => ({ sdk: sdkMock }));

import { EMPTY_PRODUCT_FILTERS } from "./filters";
import { getProductByHandle, listProducts } from "./products.server";

function statusOf(error: unknown) {
  return (error as { init?: { status?: number } })?.init?.status;
}

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  sdkMock.client.fetch.mockReset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("listProducts", () => {
  it("asks the OCOP route with the filters as the backend spells them", async () => {
    sdkMock.client.fetch.mockResolvedValue({ products: [apiProduct()], count: 30, limit: 24, offset: 24 });
    const page = await listProducts({
      filters: { stars: [5, 4], province: "bac-lieu", group: "gia-vi", producerTypes: ["cooperative", "household"] },
      limit: 24,
      offset: 24,
    });
    expect(sdkMock.client.fetch).toHaveBeenCalledTimes(1);
    expect(sdkMock.client.fetch).toHaveBeenCalledWith("/store/ocop/products", {
      method: "GET",
      query: {
        stars: "5,4",
        province: "bac-lieu",
        group: "gia-vi",
        producer_type: "cooperative,household",
        limit: 24,
        offset: 24,
        order: "newest",
      },
    });
    expect(page.count).toBe(30);
    expect(page.offset).toBe(24);
    expect(page.products[0]).toMatchObject({ handle: "muoi-bac-lieu", stars: 5, provinceName: "Cà Mau" });
  });

  it("sends no empty filters", async () => {
    sdkMock.client.fetch.mockResolvedValue({ products: [], count: 0 });
    await listProducts({ filters: EMPTY_PRODUCT_FILTERS });
    expect(sdkMock.client.fetch.mock.calls[0]![1]).toEqual({
      method: "GET",
      query: { limit: 24, offset: 0, order: "newest" },
    });
  });

  it("turns a backend that is down into a 503", async () => {
    sdkMock.client.fetch.mockRejectedValue(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
    const error = await listProducts().catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
  });

  it("turns a backend 5xx into a 503", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("boom", "Internal Server Error", 500));
    expect(statusOf(await listProducts().catch((e: unknown) => e))).toBe(503);
  });
});

describe("getProductByHandle", () => {
  it("returns the product's detail", async () => {
    sdkMock.client.fetch.mockResolvedValue({ product: apiProduct() });
    const product = await getProductByHandle("muoi-bac-lieu");
    expect(sdkMock.client.fetch).toHaveBeenCalledWith("/store/ocop/products/muoi-bac-lieu", { method: "GET" });
    expect(product?.ocop.certificate?.decision_number).toBe("1032/QĐ-BNNMT");
    expect(product?.variants).toHaveLength(2);
  });

  it("encodes the handle in the path", async () => {
    sdkMock.client.fetch.mockResolvedValue({ product: apiProduct() });
    await getProductByHandle("a/b?c");
    expect(sdkMock.client.fetch.mock.calls[0]![0]).toBe("/store/ocop/products/a%2Fb%3Fc");
  });

  it("returns null for an unknown handle (backend 404)", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Không tìm thấy sản phẩm", "Not Found", 404));
    await expect(getProductByHandle("khong-co")).resolves.toBeNull();
  });

  it("re-throws other client errors", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Tham số không hợp lệ", "Bad Request", 400));
    await expect(getProductByHandle("x")).rejects.toBeInstanceOf(FetchError);
  });
});
