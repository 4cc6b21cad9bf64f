/** The customer's saved Vietnamese addresses, and the provinces and communes the address form offers. */
import type { CustomerClient } from "./account-session.server";
import { accountFetch } from "./account-api.server";
import type { AddressValues } from "./account-forms";
import type { Commune, Province, SavedAddress } from "./account-types";
import { listProvinces } from "./places.server";

export async function listAddresses(client: CustomerClient): Promise<SavedAddress[]> {
  const { addresses } = await client.call<{ addresses: SavedAddress[] }>("/store/ocop/addresses");
  return addresses ?? [];
}

export async function addAddress(client: CustomerClient, values: AddressValues): Promise<SavedAddress> {
  const { address } = await client.call<{ address: SavedAddress }>("/store/ocop/addresses", { json: values });
  return address;
}

export async function deleteAddress(client: CustomerClient, id: string): Promise<void> {
  await client.call(`/store/ocop/addresses/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** The 34 provinces, code and name only. */
export async function provinceOptions(): Promise<Province[]> {
  return (await listProvinces()).map(({ code, name }) => ({ code, name }));
}

/** A province's communes; none for a code that is not two digits. */
export async function communeOptions(provinceCode: string): Promise<Commune[]> {
  if (!/^\d{2}$/.test(provinceCode)) return [];
  const { communes } = await accountFetch<{ communes: Commune[] }>("/store/geo/communes", { query: { province_code: provinceCode } });
  return (communes ?? []).map(({ code, name }) => ({ code, name }));
}
