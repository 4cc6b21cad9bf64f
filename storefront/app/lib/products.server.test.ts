import { FetchError } from "@medusajs/js-sdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const sdkMock = vi.hoisted(() => ({
  store: {
    region: { list: vi.fn() },
    product: { list: vi.fn() },
  },
}));

vi.mock("./medusa.server", () => ({ sdk: sdkMock }));

import { getProductByHandle, getRegionId, listProducts, PRODUCT_FIELDS, resetRegionCache } from "./products.server";

const regions = {
  regions: [
    { id: "reg_eu", name: "Europe", currency_code: "eur" },
    { id: "reg_vn", name: "Việt Nam", currency_code: "vnd" },
  ],
};

function storeProduct(handle: string, amounts: number[]) {
  return {
    id: `prod_${handle}`,
    handle,
    title: handle,
    subtitle: null,
    description: null,
    thumbnail: null,
    images: [],
    variants: amounts.map((amount, i) => ({
      id: `var_${handle}_${i}`,
      title: `V${i}`,
      calculated_price: { calculated_amount: amount },
      inventory_quantity: 5,
      manage_inventory: true,
    })),
  };
}

function statusOf(error: unknown) {
  return (error as { init?: { status?: number } })?.init?.status;
}

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  resetRegionCache();
  sdkMock.store.region.list.mockReset();
  sdkMock.store.product.list.mockReset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("getRegionId", () => {
  it("picks the VND region and caches it", async () => {
    sdkMock.store.region.list.mockResolvedValue(regions);
    await expect(getRegionId()).resolves.toBe("reg_vn");
    await expect(getRegionId()).resolves.toBe("reg_vn");
    expect(sdkMock.store.region.list).toHaveBeenCalledTimes(1);
  });

  it("does not cache a failure", async () => {
    sdkMock.store.region.list
      .mockRejectedValueOnce(new TypeError("fetch failed"))
      .mockResolvedValueOnce(regions);
    await expect(getRegionId()).rejects.toThrow("fetch failed");
    await expect(getRegionId()).resolves.toBe("reg_vn");
    expect(sdkMock.store.region.list).toHaveBeenCalledTimes(2);
  });
});

describe("listProducts", () => {
  it("asks for calculated prices in the VND region and maps the products", async () => {
    sdkMock.store.region.list.mockResolvedValue(regions);
    sdkMock.store.product.list.mockResolvedValue({
      products: [storeProduct("che-thai-nguyen", [120000, 150000])],
      count: 1,
      limit: 12,
      offset: 0,
    });
    const page = await listProducts({ limit: 12, offset: 0 });
    expect(sdkMock.store.product.list).toHaveBeenCalledWith({
      region_id: "reg_vn",
      fields: PRODUCT_FIELDS,
      limit: 12,
      offset: 0,
    });
    expect(PRODUCT_FIELDS).toBe("*variants.calculated_price,+variants.inventory_quantity");
    expect(page.count).toBe(1);
    expect(page.products[0]).toMatchObject({ handle: "che-thai-nguyen", price: { min: 120000, max: 150000 } });
  });

  it("throws a 503 response when the backend is down", async () => {
    sdkMock.store.region.list.mockRejectedValue(
      new TypeError("fetch failed", { cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }) }),
    );
    const error = await listProducts().catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
  });

  it("throws a 503 response when there is no VND region", async () => {
    sdkMock.store.region.list.mockResolvedValue({ regions: [regions.regions[0]] });
    const error = await listProducts().catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
  });

  it("re-fetches a stale cached region once when the backend rejects it", async () => {
    sdkMock.store.region.list
      .mockResolvedValueOnce(regions)
      .mockResolvedValueOnce({ regions: [{ id: "reg_vn_new", name: "Việt Nam", currency_code: "vnd" }] });
    await getRegionId();
    sdkMock.store.product.list
      .mockRejectedValueOnce(new FetchError("Region not found", "Bad Request", 400))
      .mockResolvedValueOnce({ products: [], count: 0, limit: 24, offset: 0 });
    await expect(listProducts()).resolves.toMatchObject({ products: [], count: 0 });
    expect(sdkMock.store.product.list).toHaveBeenLastCalledWith(expect.objectContaining({ region_id: "reg_vn_new" }));
  });
});

describe("getProductByHandle", () => {
  it("returns the product with that handle", async () => {
    sdkMock.store.region.list.mockResolvedValue(regions);
    sdkMock.store.product.list.mockResolvedValue({ products: [storeProduct("mat-ong", [99000])], count: 1 });
    const product = await getProductByHandle("mat-ong");
    expect(sdkMock.store.product.list).toHaveBeenCalledWith(
      expect.objectContaining({ handle: "mat-ong", region_id: "reg_vn", fields: PRODUCT_FIELDS }),
    );
    expect(product?.variants).toEqual([{ id: "var_mat-ong_0", title: "V0", price: 99000, stock: "in_stock" }]);
  });

  it("returns null for an unknown handle", async () => {
    sdkMock.store.region.list.mockResolvedValue(regions);
    sdkMock.store.product.list.mockResolvedValue({ products: [], count: 0 });
    await expect(getProductByHandle("khong-co")).resolves.toBeNull();
  });
});
