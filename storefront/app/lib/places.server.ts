/**
 * Producers, provinces and product groups from the backend's store API.
 * Provinces and groups change rarely and are needed on many pages, so they
 * are kept in memory for a short while.
 */
import { httpStatusOf, withBackend, withTimeout } from "./backend-errors.server";
import { toProductSummary, type ProductSummary } from "./catalog";
import type { ProducerFilters } from "./filters";
import { toGroupNodes, type ApiCategory, type ApiOcopProduct, type ApiProducer, type ApiProvince, type GroupNode } from "./ocop";
import { sdk } from "./medusa.server";
import { BACKEND_TIMEOUT_MS, cached, storeGet } from "./store-api.server";

const PROVINCES_TTL_MS = 60_000;
const GROUPS_TTL_MS = 5 * 60_000;

const provincesCache = cached(PROVINCES_TTL_MS, async () => {
  const { provinces } = await storeGet<{ provinces: ApiProvince[] }>("/store/provinces");
  return provinces ?? [];
});

const groupsCache = cached(GROUPS_TTL_MS, async () => {
  const { product_categories } = await withTimeout(
    sdk.store.category.list({ fields: "id,handle,name,parent_category_id,metadata", limit: 100 }),
    BACKEND_TIMEOUT_MS,
  );
  return toGroupNodes((product_categories ?? []) as unknown as ApiCategory[]);
});

/** Forget cached provinces and groups (tests; a reset database). */
export function resetPlacesCache(): void {
  provincesCache.reset();
  groupsCache.reset();
}

/** The 34 provinces (ordered by code) with product and producer counts. */
export function listProvinces(): Promise<ApiProvince[]> {
  return withBackend(provincesCache);
}

/** Every product group and sub-group. */
export function listGroups(): Promise<GroupNode[]> {
  return withBackend(groupsCache);
}

export interface ProducerPage {
  producers: ApiProducer[];
  count: number;
  limit: number;
  offset: number;
}

export function listProducers({
  filters,
  limit = 24,
  offset = 0,
}: {
  filters: ProducerFilters;
  limit?: number;
  offset?: number;
}): Promise<ProducerPage> {
  return withBackend(async () => {
    const response = await storeGet<ProducerPage>("/store/producers", {
      province: filters.province ?? undefined,
      type: filters.producerTypes.length ? filters.producerTypes.join(",") : undefined,
      limit,
      offset,
    });
    return {
      producers: response.producers ?? [],
      count: response.count ?? 0,
      limit: response.limit ?? limit,
      offset: response.offset ?? offset,
    };
  });
}

/** A producer and its products, or null for an unknown slug. */
export function getProducer(slug: string): Promise<{ producer: ApiProducer; products: ProductSummary[] } | null> {
  return withBackend(async () => {
    try {
      const { producer, products } = await storeGet<{ producer: ApiProducer; products: ApiOcopProduct[] }>(
        `/store/producers/${encodeURIComponent(slug)}`,
      );
      return producer ? { producer, products: (products ?? []).map(toProductSummary) } : null;
    } catch (error) {
      if (httpStatusOf(error) === 404) return null;
      throw error;
    }
  });
}
