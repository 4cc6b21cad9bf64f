import type { HttpTypes } from "@medusajs/types";
import {
  BackendNotReadyError,
  httpStatusOf,
  withBackend,
  withTimeout,
} from "./backend-errors.server";
import { toProductDetail, toProductSummary, type ProductDetail, type ProductSummary } from "./catalog";
import { sdk } from "./medusa.server";

/** Calculated prices for the region, plus stock quantities. */
export const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity";

/** The shop sells in đồng only. */
export const SHOP_CURRENCY = "vnd";

/** How long one backend call may take before the page gives up (ms). */
const BACKEND_TIMEOUT_MS = Number(process.env.MEDUSA_TIMEOUT_MS) || 10_000;

let regionIdPromise: Promise<string> | null = null;

async function fetchVndRegionId(): Promise<string> {
  const { regions } = await withTimeout(sdk.store.region.list({ limit: 100 }), BACKEND_TIMEOUT_MS);
  const region = regions.find((r) => r.currency_code?.toLowerCase() === SHOP_CURRENCY);
  if (!region) {
    throw new BackendNotReadyError(
      `no region with currency "${SHOP_CURRENCY}" on the backend (found: ${
        regions.map((r) => `${r.name}/${r.currency_code}`).join(", ") || "none"
      })`,
    );
  }
  return region.id;
}

/**
 * The id of the VND region ("Việt Nam"), fetched once and kept in module
 * memory. A failed fetch is not cached: the next request tries again.
 */
export function getRegionId(): Promise<string> {
  if (!regionIdPromise) {
    regionIdPromise = fetchVndRegionId().catch((error: unknown) => {
      regionIdPromise = null;
      throw error;
    });
  }
  return regionIdPromise;
}

/** Forget the cached region id (e.g. after the backend's database was reset). */
export function resetRegionCache(): void {
  regionIdPromise = null;
}

/**
 * Calls `fn` with the region id. If the backend rejects the call with a 4xx
 * while a cached id was used, the id may be stale (database reset): fetch the
 * region again and retry once.
 */
async function withRegion<T>(fn: (regionId: string) => Promise<T>): Promise<T> {
  const wasCached = regionIdPromise !== null;
  const regionId = await getRegionId();
  try {
    return await fn(regionId);
  } catch (error) {
    const status = httpStatusOf(error);
    if (!wasCached || status === null || status < 400 || status >= 500) throw error;
    resetRegionCache();
    return fn(await getRegionId());
  }
}

function listStoreProducts(
  query: HttpTypes.StoreProductListParams,
): Promise<HttpTypes.StoreProductListResponse> {
  return withTimeout(sdk.store.product.list(query), BACKEND_TIMEOUT_MS);
}

export interface ProductPage {
  products: ProductSummary[];
  count: number;
  limit: number;
  offset: number;
}

export async function listProducts({
  limit = 24,
  offset = 0,
}: { limit?: number; offset?: number } = {}): Promise<ProductPage> {
  return withBackend(() =>
    withRegion(async (region_id) => {
      const response = await listStoreProducts({
        region_id,
        fields: PRODUCT_FIELDS,
        limit,
        offset,
      });
      return {
        products: response.products.map(toProductSummary),
        count: response.count,
        limit: response.limit ?? limit,
        offset: response.offset ?? offset,
      };
    }),
  );
}

/** The product with this handle, or null when there is none. */
export async function getProductByHandle(handle: string): Promise<ProductDetail | null> {
  return withBackend(() =>
    withRegion(async (region_id) => {
      const { products } = await listStoreProducts({
        region_id,
        fields: PRODUCT_FIELDS,
        handle,
        limit: 1,
      });
      const product = products.find((p) => p.handle === handle);
      return product ? toProductDetail(product) : null;
    }),
  );
}
