import { FetchError } from "@medusajs/js-sdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiProduct, caMau } from "../test/fixtures";

const sdkMock = vi.hoisted(() => ({ client: { fetch: vi.fn() }, store: { category: { list: vi.fn() } } }));
vi.mock("./medusa.server", () => ({ sdk: sdkMock }));

import { getProducer, listGroups, listProducers, listProvinces, resetPlacesCache } from "./places.server";

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  sdkMock.client.fetch.mockReset();
  sdkMock.store.category.list.mockReset();
  resetPlacesCache();
});
afterEach(() => vi.restoreAllMocks());

describe("listProvinces", () => {
  it("loads the provinces once for a while", async () => {
    sdkMock.client.fetch.mockResolvedValue({ provinces: [{ ...caMau, product_count: 3, producer_count: 1 }] });
    await listProvinces();
    const provinces = await listProvinces();
    expect(provinces[0]).toMatchObject({ slug: "ca-mau", former_names: ["Bạc Liêu"] });
    expect(sdkMock.client.fetch).toHaveBeenCalledTimes(1);
  });
});

describe("listGroups", () => {
  it("asks for the category tree with English names", async () => {
    sdkMock.store.category.list.mockResolvedValue({
      product_categories: [{ id: "c1", handle: "thuc-pham", name: "Thực phẩm", parent_category_id: null, metadata: { name_en: "Food" } }],
    });
    await expect(listGroups()).resolves.toEqual([{ handle: "thuc-pham", name: "Thực phẩm", nameEn: "Food", parentHandle: null }]);
    expect(sdkMock.store.category.list).toHaveBeenCalledWith({
      fields: "id,handle,name,parent_category_id,metadata",
      limit: 100,
    });
  });
});

describe("listProducers", () => {
  it("passes province and types as the backend spells them", async () => {
    sdkMock.client.fetch.mockResolvedValue({ producers: [], count: 0, limit: 24, offset: 0 });
    await listProducers({ filters: { province: "bac-lieu", producerTypes: ["household", "cooperative"] } });
    expect(sdkMock.client.fetch).toHaveBeenCalledWith("/store/producers", {
      method: "GET",
      query: { province: "bac-lieu", type: "household,cooperative", limit: 24, offset: 0 },
    });
  });
});

describe("getProducer", () => {
  it("returns the producer with its products as cards", async () => {
    sdkMock.client.fetch.mockResolvedValue({ producer: { slug: "htx-muoi-vinh-hau", name: "HTX" }, products: [apiProduct()] });
    const result = await getProducer("htx-muoi-vinh-hau");
    expect(result?.products[0]).toMatchObject({ handle: "muoi-bac-lieu", stars: 5 });
  });

  it("is null for an unknown slug", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Không tìm thấy chủ thể", "Not Found", 404));
    await expect(getProducer("khong-co")).resolves.toBeNull();
  });
});
