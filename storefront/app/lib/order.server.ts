/** The order confirmation page's backend calls: the order (by its token or the customer's), and claiming a guest order. */
import { notFound } from "./backend-errors.server";
import { call, type ShopContext } from "./cart.server";
import { isShopApiError, shopFetch } from "./shop-api.server";
import type { OrderView } from "./shop-types";

const orderPath = (id: string) => `/store/ocop/orders/${encodeURIComponent(id)}`;

/** The order, shown to its customer or to anyone with its confirmation token; otherwise the 404 page. */
export async function loadOrder(ctx: ShopContext, id: string, token: string | null): Promise<OrderView> {
  try {
    const { order } = await call<{ order: OrderView }>(ctx, orderPath(id), { query: { token } });
    if (order) return order;
  } catch (error) {
    // An expired customer token with a good order token: try as a guest.
    if (isShopApiError(error, 401) && ctx.token && token) return loadOrder({ ...ctx, token: null }, id, token);
    if (!isShopApiError(error) || ![400, 401, 403, 404].includes(error.status)) throw error;
  }
  throw notFound();
}

/** A guest order joins the account of `customerToken`, which proves it holds the confirmation token. */
export async function claimOrder(customerToken: string, id: string, orderToken: string): Promise<void> {
  await shopFetch(`${orderPath(id)}/claim`, { token: customerToken, json: { token: orderToken } });
}
