/** The producer's trade fair calls (/producer/fairs/*, see backend/src/api/store/fairs/FAIRS.md). */
import type { BoothApplicationPayload } from "./booth-form";
import type { Booth, FairResults, ProducerFair } from "./fair-portal-types";
import type { PortalClient } from "./portal-api.server";

export async function listProducerFairs(client: PortalClient): Promise<ProducerFair[]> {
  const { fairs } = await client.load<{ fairs: ProducerFair[] }>("/producer/fairs");
  return fairs ?? [];
}

export async function applyForBooth(client: PortalClient, fairId: string, payload: BoothApplicationPayload): Promise<Booth> {
  const { booth } = await client.call<{ booth: Booth }>(`/producer/fairs/${encodeURIComponent(fairId)}/booth`, { json: payload });
  return booth;
}

export const getProducerFairResults = (client: PortalClient, fairId: string) =>
  client.load<FairResults>(`/producer/fairs/${encodeURIComponent(fairId)}/results`);
