/** The customer's orders (GET /store/ocop/orders …), one order, and cancelling it. */
import { notFound } from "./backend-errors.server";
import { isAccountApiError } from "./account-api.server";
import type { CustomerClient } from "./account-session.server";
import type { OrderView } from "./account-types";

export const ORDERS_PER_PAGE = 10;

export interface OrderPage {
  orders: OrderView[];
  count: number;
}

export async function listOrders(client: CustomerClient, page: number): Promise<OrderPage> {
  const { orders, count } = await client.call<OrderPage>("/store/ocop/orders", {
    query: { limit: ORDERS_PER_PAGE, offset: (page - 1) * ORDERS_PER_PAGE },
  });
  return { orders: orders ?? [], count: count ?? 0 };
}

/** One of the customer's orders; someone else's (or no such order) is the 404 page. */
export async function getOrder(client: CustomerClient, id: string): Promise<OrderView> {
  try {
    const { order } = await client.call<{ order: OrderView }>(`/store/ocop/orders/${encodeURIComponent(id)}`);
    return order;
  } catch (error) {
    if (isAccountApiError(error, 404)) throw notFound();
    throw error;
  }
}

/** Cancels the order; an AccountApiError (400) with the backend's reason once a shipment has left. */
export async function cancelOrder(client: CustomerClient, id: string): Promise<OrderView> {
  const { order } = await client.call<{ order: OrderView }>(`/store/ocop/orders/${encodeURIComponent(id)}/cancel`, { method: "POST" });
  return order;
}
