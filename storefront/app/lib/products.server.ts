/**
 * Product data from the backend's OCOP store API. The OCOP routes price in
 * the shop's VND region themselves, so no region lookup is needed here.
 * Every call goes through `withBackend`: backend down → 503, backend 404 → 404.
 */
import { httpStatusOf, withBackend } from "./backend-errors.server";
import { toProductDetail, toProductSummary, type ProductDetail, type ProductSummary } from "./catalog";
import { EMPTY_PRODUCT_FILTERS, productFiltersToBackendQuery, type ProductFilters } from "./filters";
import type { ApiOcopProduct } from "./ocop";
import { storeGet } from "./store-api.server";

export const OCOP_PRODUCTS_PATH = "/store/ocop/products";

export type ProductOrder = "newest" | "title";

/**
 * Order of paginated lists. "title" is unique per product, so pages never
 * overlap; "newest" has no tie-breaker on the backend (products seeded in one
 * batch share created_at), so its pages repeat some products and skip others.
 */
export const LIST_ORDER: ProductOrder = "title";

export interface ProductPage {
  products: ProductSummary[];
  count: number;
  limit: number;
  offset: number;
}

interface ApiProductList {
  products: ApiOcopProduct[];
  count: number;
  limit?: number;
  offset?: number;
}

export async function listProducts({
  filters = EMPTY_PRODUCT_FILTERS,
  limit = 24,
  offset = 0,
  order = "newest",
}: { filters?: ProductFilters; limit?: number; offset?: number; order?: ProductOrder } = {}): Promise<ProductPage> {
  return withBackend(async () => {
    const response = await storeGet<ApiProductList>(OCOP_PRODUCTS_PATH, {
      ...productFiltersToBackendQuery(filters),
      limit,
      offset,
      order,
    });
    return {
      products: (response.products ?? []).map(toProductSummary),
      count: response.count ?? 0,
      limit: response.limit ?? limit,
      offset: response.offset ?? offset,
    };
  });
}

/** The product with this handle, or null when there is none (or it is not for sale). */
export async function getProductByHandle(handle: string): Promise<ProductDetail | null> {
  return withBackend(async () => {
    try {
      const { product } = await storeGet<{ product: ApiOcopProduct }>(
        `${OCOP_PRODUCTS_PATH}/${encodeURIComponent(handle)}`,
      );
      return product ? toProductDetail(product) : null;
    } catch (error) {
      if (httpStatusOf(error) === 404) return null;
      throw error;
    }
  });
}
