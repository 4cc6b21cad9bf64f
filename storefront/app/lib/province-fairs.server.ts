/** The officer's trade fair calls (/province/fairs/*, see backend/src/api/store/fairs/FAIRS.md). */
import { backendUnavailable, isBackendDownError, notFound, withTimeout } from "./backend-errors.server";
import type { FairPayload, SessionPayload } from "./fair-form";
import type { FairResults, FairSummary, OfficerBooth, OfficerFair } from "./fair-portal-types";
import { PortalApiError, portalUrl, type PortalClient } from "./portal-api.server";
import { BACKEND_TIMEOUT_MS } from "./store-api.server";

const fairUrl = (id: string) => `/province/fairs/${encodeURIComponent(id)}`;
const boothUrl = (id: string, boothId: string) => `${fairUrl(id)}/booths/${encodeURIComponent(boothId)}`;

export async function listProvinceFairs(client: PortalClient): Promise<FairSummary[]> {
  const { fairs } = await client.load<{ fairs: FairSummary[] }>("/province/fairs");
  return fairs ?? [];
}

export async function createFair(client: PortalClient, payload: FairPayload): Promise<FairSummary> {
  const { fair } = await client.call<{ fair: FairSummary }>("/province/fairs", { json: payload });
  return fair;
}

export async function getProvinceFair(client: PortalClient, id: string): Promise<{ fair: OfficerFair; booths: OfficerBooth[] }> {
  const { fair, booths } = await client.load<{ fair: OfficerFair; booths: OfficerBooth[] }>(fairUrl(id));
  return { fair: { ...fair, sessions: fair.sessions ?? [] }, booths: booths ?? [] };
}

export type FairUpdate = Partial<Omit<FairPayload, "status" | "description" | "banner_url">> & {
  description?: string | null;
  banner_url?: string | null;
  status?: "draft" | "published" | "cancelled";
  sessions?: SessionPayload[];
};

export async function updateFair(client: PortalClient, id: string, payload: FairUpdate): Promise<FairSummary> {
  const { fair } = await client.call<{ fair: FairSummary }>(fairUrl(id), { json: payload });
  return fair;
}

export function approveBooth(client: PortalClient, id: string, boothId: string, number?: number) {
  return client.call<{ booth: OfficerBooth }>(`${boothUrl(id, boothId)}/approve`, { json: number === undefined ? {} : { number } });
}

export function rejectBooth(client: PortalClient, id: string, boothId: string, reason: string) {
  return client.call<{ booth: OfficerBooth }>(`${boothUrl(id, boothId)}/reject`, { json: { reason } });
}

export function featureBoothProducts(client: PortalClient, id: string, boothId: string, productIds: string[]) {
  return client.call<{ booth: OfficerBooth }>(`${boothUrl(id, boothId)}/featured`, { json: { product_ids: productIds } });
}

export const getProvinceFairResults = (client: PortalClient, id: string) => client.load<FairResults>(`${fairUrl(id)}/results`);

/**
 * The results CSV as the backend sends it (bytes untouched: UTF-8 with BOM).
 * A 404 is the storefront's 404; other refusals are PortalApiErrors (401: log in again).
 */
export async function fetchFairResultsCsv(client: PortalClient, id: string): Promise<{ body: ArrayBuffer; contentType: string }> {
  const headers = new Headers({ Accept: "text/csv", Authorization: `Bearer ${client.token}` });
  const key = process.env.MEDUSA_PUBLISHABLE_KEY;
  if (key) headers.set("x-publishable-api-key", key);
  let response: Response;
  try {
    response = await withTimeout(fetch(portalUrl(`${fairUrl(id)}/results.csv`), { headers }), BACKEND_TIMEOUT_MS);
  } catch (error) {
    if (isBackendDownError(error)) throw backendUnavailable();
    throw error;
  }
  if (response.status === 404) throw notFound();
  if (response.status >= 502 && response.status <= 504) throw backendUnavailable();
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { message?: unknown; type?: unknown } | null;
    throw new PortalApiError(response.status, typeof payload?.message === "string" ? payload.message : response.statusText);
  }
  return { body: await response.arrayBuffer(), contentType: response.headers.get("Content-Type") ?? "text/csv; charset=utf-8" };
}
