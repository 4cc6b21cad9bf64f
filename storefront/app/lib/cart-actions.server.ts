/** What the product page's "add to cart" and the cart page's forms do. */
import { data, redirect } from "react-router";
import { getFixedT } from "../i18n";
import { getLocale } from "../i18n/i18n.server";
import { CART_PATH, MAX_QUANTITY, parseQuantity, type AddToCartResult } from "./cart";
import { addToCart, applyPromotion, loadCart, noteCartStarted, removeLine, removePromotion, shopContext, shopHeaders, updateLine } from "./cart.server";
import { isShopApiError } from "./shop-api.server";

type Form = Pick<FormData, "get">;
const text = (form: Form, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.normalize("NFC").trim() : "";
};

/** A refusal the page shows: the backend's Vietnamese message; anything else is thrown on. */
function refusal(error: unknown): string {
  if (isShopApiError(error) && error.status >= 400 && error.status < 500) return error.message;
  throw error;
}

/** The product page's form: `variant_id` and `quantity`; the cart is created on the first add. */
export async function addToCartAction(request: Request, loadContext?: unknown) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const variantId = text(form, "variant_id");
  const quantity = parseQuantity(text(form, "quantity") || "1");
  if (!variantId) return data<AddToCartResult>({ ok: false, variantId, message: t("cart.add.chooseVariant") }, { status: 400 });
  if (quantity === null) {
    return data<AddToCartResult>({ ok: false, variantId, message: t("cart.add.invalidQuantity", { max: MAX_QUANTITY }) }, { status: 400 });
  }
  const ctx = await shopContext(request);
  try {
    await addToCart(ctx, variantId, quantity);
  } catch (error) {
    return data<AddToCartResult>({ ok: false, variantId, message: refusal(error) }, { status: 400, headers: await shopHeaders(ctx) });
  }
  noteCartStarted(loadContext, ctx);
  return data<AddToCartResult>({ ok: true, variantId, quantity }, { headers: await shopHeaders(ctx) });
}

export type CartIntent = "update" | "remove" | "promo-apply" | "promo-remove";
export interface CartActionError {
  intent: CartIntent;
  lineId?: string;
  code?: string;
  message: string;
}

/** The cart page: change a quantity (0 removes), remove a line, apply or remove a promotion code. */
export async function cartAction(request: Request) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const intent = text(form, "intent") as CartIntent;
  const ctx = await shopContext(request);
  const cart = await loadCart(ctx);
  const headers = await shopHeaders(ctx);
  const fail = (error: CartActionError) => data({ error }, { status: 400, headers });
  if (!cart) return redirect(CART_PATH, { headers });
  const lineId = text(form, "line_id");
  const code = text(form, "code").toUpperCase();
  try {
    switch (intent) {
      case "update": {
        const quantity = parseQuantity(text(form, "quantity"), 0);
        if (quantity === null) return fail({ intent, lineId, message: t("cart.page.invalidQuantity", { max: MAX_QUANTITY }) });
        if (quantity === 0) await removeLine(ctx, cart.id, lineId);
        else await updateLine(ctx, cart.id, lineId, quantity);
        break;
      }
      case "remove":
        await removeLine(ctx, cart.id, lineId);
        break;
      case "promo-apply":
        if (!code) return fail({ intent, message: t("cart.promo.empty") });
        await applyPromotion(ctx, cart.id, code);
        break;
      case "promo-remove":
        await removePromotion(ctx, cart.id, code);
        break;
      default:
        return fail({ intent, message: t("portal.errors.unknownAction") });
    }
  } catch (error) {
    const message = refusal(error);
    return fail({ intent, lineId, code, message: intent === "promo-apply" ? t("cart.promo.failed", { code, reason: message }) : message });
  }
  // Post/redirect/get: a reload does not post again.
  return redirect(CART_PATH, { headers });
}
