/** Pure cart helpers shared by the product page, the cart page, the header and checkout. */
import { formatVnd } from "./money";
import type { CartItem, CartView } from "./shop-types";

export const CART_PATH = "/gio-hang";
export const CHECKOUT_PATH = "/thanh-toan";
export const orderPath = (id: string, token?: string | null) =>
  `/don-hang/${encodeURIComponent(id)}${token ? `?${new URLSearchParams({ token })}` : ""}`;

/** What the product page's "add to cart" answers. */
export type AddToCartResult = { ok: true; variantId: string; quantity: number } | { ok: false; variantId: string; message: string };

/** Most units of one pack size in one line (a guard against typos like 1000). */
export const MAX_QUANTITY = 99;

/**
 * A quantity as typed or chosen: a whole number from `min` (1 to add, 0 on
 * the cart page, meaning "remove") to MAX_QUANTITY; null otherwise.
 */
export function parseQuantity(raw: unknown, min = 1): number | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= MAX_QUANTITY ? n : null;
}

/** The most that may be chosen for a line: stock when tracked, never above MAX_QUANTITY. */
export function maxQuantity(available: number | null | undefined): number {
  if (typeof available !== "number" || !Number.isFinite(available)) return MAX_QUANTITY;
  return Math.max(0, Math.min(MAX_QUANTITY, Math.floor(available)));
}

/** True when the line asks for more than the producer has left. */
export function exceedsStock(item: Pick<CartItem, "quantity" | "available">): boolean {
  return typeof item.available === "number" && item.quantity > item.available;
}

/** A shipping price: 0 is "free" (the label passed in), otherwise đồng. */
export function formatShipping(amount: number, freeLabel: string): string {
  return Math.round(amount) === 0 ? freeLabel : formatVnd(amount);
}

export interface MiniCartLine {
  title: string;
  variant_title: string;
  quantity: number;
  total: number;
}

/** What the header shows: the number of units, the items' total and the first few lines. */
export interface MiniCart {
  count: number;
  item_total: number;
  lines: MiniCartLine[];
  more: number;
}

export function toMiniCart(cart: Pick<CartView, "groups" | "item_total"> | null, shown = 3): MiniCart | null {
  if (!cart) return null;
  const items = cart.groups.flatMap((group) => group.items);
  if (!items.length) return null;
  return {
    count: items.reduce((sum, item) => sum + item.quantity, 0),
    item_total: cart.item_total,
    lines: items.slice(0, shown).map(({ title, variant_title, quantity, total }) => ({ title, variant_title, quantity, total })),
    more: Math.max(0, items.length - shown),
  };
}

/** Every line of the cart, whatever its producer. */
export function cartItems(cart: Pick<CartView, "groups">): CartItem[] {
  return cart.groups.flatMap((group) => group.items);
}
