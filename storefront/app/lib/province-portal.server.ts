/**
 * The province officers' portal backend access (/province/*, actor "officer").
 * An officer sees and decides only for its own province; the backend enforces it.
 */
import { PROVINCE_LOGIN_PATH, PROVINCE_PORTAL_PATH, type ModerationState, type ProducerStatus } from "./portal";
import { portalClient, portalLogin, type PortalClient } from "./portal-api.server";
import type { ExpiringCertificate, ProductRow, ProvinceClaim, ProvinceMe, ProvinceProducer } from "./portal-types";

export function officerClient(request: Request): Promise<PortalClient> {
  return portalClient(request, "officer", { login: PROVINCE_LOGIN_PATH, forbidden: PROVINCE_PORTAL_PATH });
}

export const loginOfficer = (email: string, password: string) => portalLogin("officer", email, password);

export const getProvinceMe = (client: PortalClient) => client.call<ProvinceMe>("/province/me");

export async function setAutoApprove(client: PortalClient, on: boolean): Promise<boolean> {
  const { settings } = await client.call<{ settings: { auto_approve_producers: boolean } }>("/province/settings", {
    json: { auto_approve_producers: on },
  });
  return settings.auto_approve_producers;
}

export async function listProvinceProducers(client: PortalClient, status?: ProducerStatus): Promise<ProvinceProducer[]> {
  const { producers } = await client.load<{ producers: ProvinceProducer[] }>("/province/producers", { query: { status } });
  return producers ?? [];
}

export async function getProvinceProducer(client: PortalClient, id: string): Promise<ProvinceProducer> {
  const { producer } = await client.load<{ producer: ProvinceProducer }>(`/province/producers/${encodeURIComponent(id)}`);
  return producer;
}

export type ProducerDecision = "approve" | "reject" | "suspend" | "reinstate" | "trust";

export async function decideProducer(
  client: PortalClient,
  id: string,
  decision: ProducerDecision,
  body: { reason?: string; trusted?: boolean } = {},
): Promise<ProvinceProducer> {
  const { producer } = await client.call<{ producer: ProvinceProducer }>(
    `/province/producers/${encodeURIComponent(id)}/${decision}`,
    { json: body },
  );
  return producer;
}

export async function listProvinceProducts(client: PortalClient, state: ModerationState = "pending"): Promise<ProductRow[]> {
  const { products } = await client.load<{ products: ProductRow[] }>("/province/products", { query: { state } });
  return products ?? [];
}

export async function decideProduct(client: PortalClient, id: string, decision: "approve" | "reject", reason?: string) {
  const { product } = await client.call<{ product: ProductRow }>(`/province/products/${encodeURIComponent(id)}/${decision}`, {
    json: reason ? { reason } : {},
  });
  return product;
}

export async function listClaims(client: PortalClient, status: ModerationState = "pending"): Promise<ProvinceClaim[]> {
  const { claims } = await client.load<{ claims: ProvinceClaim[] }>("/province/certificate-claims", { query: { status } });
  return claims ?? [];
}

export async function decideClaim(client: PortalClient, id: string, decision: "approve" | "reject", reason?: string) {
  const { claim } = await client.call<{ claim: ProvinceClaim }>(
    `/province/certificate-claims/${encodeURIComponent(id)}/${decision}`,
    { json: reason ? { reason } : {} },
  );
  return claim;
}

export async function listExpiring(client: PortalClient, days = 60): Promise<ExpiringCertificate[]> {
  const { certificates } = await client.load<{ certificates: ExpiringCertificate[] }>("/province/certificates/expiring", {
    query: { days },
  });
  return certificates ?? [];
}
