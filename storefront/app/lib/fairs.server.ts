/**
 * The online trade fairs from the backend's store API (FAIRS.md). Reads go
 * through `withBackend`: backend down → 503, unknown or draft fair → 404.
 * Recording a visit never fails the page: its errors are logged and dropped.
 */
import { withBackend } from "./backend-errors.server";
import {
  boothsInOrder,
  featuredFirst,
  toFairProduct,
  type ApiBoothResponse,
  type ApiFairResponse,
  type ApiFairsResponse,
} from "./fair";
import { fairFiltersToBackendQuery, type FairFilters } from "./fair-filters";
import { shopFetch } from "./shop-api.server";
import { storeGet } from "./store-api.server";

export const STORE_FAIRS_PATH = "/store/fairs";
/** A visit is a side matter: it may not hold the request for long. */
const VISIT_TIMEOUT_MS = 3_000;

const fairUrl = (slug: string) => `${STORE_FAIRS_PATH}/${encodeURIComponent(slug)}`;

export function listFairs(): Promise<ApiFairsResponse> {
  return withBackend(async () => {
    const response = await storeGet<Partial<ApiFairsResponse>>(STORE_FAIRS_PATH);
    return { live: response.live ?? [], upcoming: response.upcoming ?? [], past: response.past ?? [] };
  });
}

export function getFair(slug: string, filters: FairFilters) {
  return withBackend(async () => {
    const response = await storeGet<ApiFairResponse>(fairUrl(slug), fairFiltersToBackendQuery(filters));
    const { fair } = response;
    return {
      fair: { ...fair, sessions: [...(fair.sessions ?? [])].sort((a, b) => a.starts_at.localeCompare(b.starts_at)) },
      booths: boothsInOrder(response.booths ?? []),
      products: featuredFirst((response.products ?? []).map((p) => toFairProduct(p, fair.phase))),
      facets: { groups: response.facets?.groups ?? [], stars: response.facets?.stars ?? [] },
    };
  });
}

export function getBooth(slug: string, number: string) {
  return withBackend(async () => {
    const response = await storeGet<ApiBoothResponse>(`${fairUrl(slug)}/booths/${encodeURIComponent(number)}`);
    return {
      fair: response.fair,
      booth: response.booth,
      products: featuredFirst((response.products ?? []).map((p) => toFairProduct(p, response.fair.phase))),
    };
  });
}

/** The status of a thrown response (`data(…, { status })` or a Response). */
function statusOf(error: unknown): number | null {
  if (error instanceof Response) return error.status;
  const init = (error as { init?: { status?: unknown } } | null)?.init;
  return typeof init?.status === "number" ? init.status : null;
}

/** `POST /store/fairs/:slug/visits`; resolves whatever happens (a failure is only logged). */
export async function recordFairVisit(slug: string, visitor: string, boothId?: string): Promise<boolean> {
  try {
    await shopFetch(`${fairUrl(slug)}/visits`, {
      method: "POST",
      json: boothId ? { visitor, booth_id: boothId } : { visitor },
      timeoutMs: VISIT_TIMEOUT_MS,
    });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : `HTTP ${statusOf(error) ?? "?"}`;
    console.error(`[storefront] could not record a visit to fair ${slug}${boothId ? ` (booth ${boothId})` : ""}: ${reason}`);
    return false;
  }
}
