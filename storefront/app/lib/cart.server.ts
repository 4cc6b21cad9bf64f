/**
 * The shopper's cart: its id lives in the shop session (so it survives
 * reloads); the cart is created on the first add, in the shop's VND region.
 * A stored cart that is gone or already completed is forgotten and a new one
 * started. Every call carries the customer's token when one is logged in.
 */
import type { Session } from "react-router";
import { isShopApiError, shopFetch, type ShopRequest } from "./shop-api.server";
import { cartIdOf, commitShopSession, customerTokenOf, getShopSession, setCartId } from "./shop-session.server";
import { toMiniCart, type MiniCart } from "./cart";
import type { CartView } from "./shop-types";
import { cached } from "./store-api.server";

export interface ShopContext {
  session: Session;
  token: string | null;
  cartId: string | null;
  /** True once the cart id in the session changed: the response must set the cookie. */
  changed: boolean;
}

export async function shopContext(request: Request): Promise<ShopContext> {
  const session = await getShopSession(request);
  return { session, token: customerTokenOf(session), cartId: cartIdOf(session), changed: false };
}

/** The Set-Cookie header for a context whose session changed (empty otherwise). */
export async function shopHeaders(ctx: ShopContext): Promise<HeadersInit> {
  return ctx.changed ? { "Set-Cookie": await commitShopSession(ctx.session) } : {};
}

export function rememberCart(ctx: ShopContext, id: string | null): void {
  if (ctx.cartId === id) return;
  setCartId(ctx.session, id);
  ctx.cartId = id;
  ctx.changed = true;
}

/** A backend call with the customer's token. */
export function call<T>(ctx: ShopContext, path: string, request: Omit<ShopRequest, "token"> = {}): Promise<T> {
  return shopFetch<T>(path, { ...request, token: ctx.token });
}

const cartPath = (id: string) => `/store/ocop/carts/${encodeURIComponent(id)}`;

/** The stored cart, or null (none yet, gone, or completed: then the session forgets it). */
export async function loadCart(ctx: ShopContext): Promise<CartView | null> {
  if (!ctx.cartId) return null;
  try {
    const { cart } = await call<{ cart: CartView }>(ctx, cartPath(ctx.cartId));
    if (cart && !cart.completed_at) return cart;
  } catch (error) {
    // 404: gone; 401/403: another customer's cart, or a guest cart after logout.
    if (!isShopApiError(error) || ![400, 401, 403, 404].includes(error.status)) throw error;
  }
  rememberCart(ctx, null);
  return null;
}

const regionCache = cached(5 * 60_000, async () => {
  const { regions } = await shopFetch<{ regions: { id: string; currency_code: string }[] }>("/store/regions");
  const region = regions?.find((r) => r.currency_code?.toLowerCase() === "vnd") ?? regions?.[0];
  if (!region) throw new Error("The backend has no region: the shop cannot create carts");
  return region.id;
});

/** The id of a cart that can take items: the stored one, or a new one. */
export async function ensureCart(ctx: ShopContext): Promise<string> {
  const existing = await loadCart(ctx);
  if (existing) return existing.id;
  const { cart } = await call<{ cart: { id: string } }>(ctx, "/store/carts", { json: { region_id: await regionCache() } });
  rememberCart(ctx, cart.id);
  return cart.id;
}

export async function addToCart(ctx: ShopContext, variantId: string, quantity: number): Promise<void> {
  const id = await ensureCart(ctx);
  await call(ctx, `/store/carts/${encodeURIComponent(id)}/line-items`, { json: { variant_id: variantId, quantity } });
}

export async function updateLine(ctx: ShopContext, cartId: string, lineId: string, quantity: number): Promise<void> {
  await call(ctx, `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { json: { quantity } });
}

export async function removeLine(ctx: ShopContext, cartId: string, lineId: string): Promise<void> {
  await call(ctx, `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { method: "DELETE" });
}

export async function applyPromotion(ctx: ShopContext, cartId: string, code: string): Promise<void> {
  await call(ctx, `${cartPath(cartId)}/promotions`, { json: { code } });
}

export async function removePromotion(ctx: ShopContext, cartId: string, code: string): Promise<void> {
  await call(ctx, `${cartPath(cartId)}/promotions/${encodeURIComponent(code)}`, { method: "DELETE" });
}

/**
 * The cart an action of this request started. A form sent without JavaScript
 * gets the action's answer and the page's loaders in one response, and those
 * loaders read the cookie the request came with, which has no cart yet: the
 * header would count 0 right after "Đã thêm 2 ×". Keyed by the request's load
 * context, the one object React Router hands to both.
 */
const cartStartedBy = new WeakMap<object, string>();
const contextObject = (loadContext: unknown) => (loadContext && typeof loadContext === "object" ? loadContext : null);

export function noteCartStarted(loadContext: unknown, ctx: ShopContext): void {
  const key = contextObject(loadContext);
  if (key && ctx.changed && ctx.cartId) cartStartedBy.set(key, ctx.cartId);
}

/**
 * The header's summary, for the root loader. Only asks the backend when the
 * session holds a cart (or this request's action just started one), and never
 * fails: a backend that is down or slow just means no summary (the page itself
 * reports the outage).
 */
export async function miniCartOf(request: Request, loadContext?: unknown): Promise<MiniCart | null> {
  try {
    const ctx = await shopContext(request);
    const key = contextObject(loadContext);
    ctx.cartId = (key && cartStartedBy.get(key)) || ctx.cartId;
    if (!ctx.cartId) return null;
    const { cart } = await call<{ cart: CartView }>(ctx, cartPath(ctx.cartId), { timeoutMs: 3_000 });
    return cart && !cart.completed_at ? toMiniCart(cart) : null;
  } catch {
    return null;
  }
}
