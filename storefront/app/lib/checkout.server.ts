/** Checkout's backend calls: address, shipping per producer, payment, placing the order. */
import { call, type ShopContext } from "./cart.server";
import type { AddressValues } from "./checkout";
import { addressPayload } from "./checkout";
import { isShopApiError, shopFetch } from "./shop-api.server";
import type { CompleteResult, PaymentMethod, SavedAddress, ShippingGroup } from "./shop-types";
import type { Commune } from "./portal-types";

const cartPath = (id: string) => `/store/ocop/carts/${encodeURIComponent(id)}`;

export async function setAddress(ctx: ShopContext, cartId: string, values: AddressValues): Promise<void> {
  await call(ctx, `${cartPath(cartId)}/address`, { json: addressPayload(values) });
}

export async function shippingOptions(ctx: ShopContext, cartId: string): Promise<ShippingGroup[]> {
  const { groups } = await call<{ groups: ShippingGroup[] }>(ctx, `${cartPath(cartId)}/shipping-options`);
  return groups ?? [];
}

export async function setShipping(ctx: ShopContext, cartId: string, selections: { producer_id: string; option_id: string }[]): Promise<void> {
  await call(ctx, `${cartPath(cartId)}/shipping`, { json: { selections } });
}

export async function paymentMethods(ctx: ShopContext): Promise<PaymentMethod[]> {
  const { methods } = await call<{ methods: PaymentMethod[] }>(ctx, "/store/ocop/payment-methods");
  return methods ?? [];
}

export async function setPayment(ctx: ShopContext, cartId: string, providerId: string): Promise<void> {
  await call(ctx, `${cartPath(cartId)}/payment`, { json: { provider_id: providerId } });
}

/** Places the order. A 400 (stock, no shipping, product withdrawn) comes back as `{ type: "error", message }`. */
export async function completeCart(ctx: ShopContext, cartId: string): Promise<CompleteResult | { type: "error"; message: string }> {
  try {
    // Placing an order reserves stock and splits it per producer: give it more time than a page load.
    return await call<CompleteResult>(ctx, `/store/carts/${encodeURIComponent(cartId)}/complete`, { method: "POST", json: {}, timeoutMs: 30_000 });
  } catch (error) {
    if (isShopApiError(error) && error.status >= 400 && error.status < 500) return { type: "error", message: error.message };
    throw error;
  }
}

/** A logged-in customer's saved addresses and email; nothing for a guest or an expired token. */
export async function customerDefaults(ctx: ShopContext): Promise<{ addresses: SavedAddress[]; email: string | null }> {
  if (!ctx.token) return { addresses: [], email: null };
  const quietly = async <T>(load: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await load();
    } catch (error) {
      if (isShopApiError(error)) return fallback;
      throw error;
    }
  };
  const [addresses, email] = await Promise.all([
    quietly(async () => (await call<{ addresses: SavedAddress[] }>(ctx, "/store/ocop/addresses")).addresses ?? [], [] as SavedAddress[]),
    quietly(async () => (await call<{ customer: { email?: string } }>(ctx, "/store/customers/me")).customer?.email ?? null, null as string | null),
  ]);
  return { addresses, email };
}

/** The communes of a province (two-digit code); [] for anything else. */
export async function listCommunes(provinceCode: string): Promise<Commune[]> {
  if (!/^\d{2}$/.test(provinceCode)) return [];
  const { communes } = await shopFetch<{ communes: Commune[] }>("/store/geo/communes", { query: { province_code: provinceCode } });
  return communes ?? [];
}
