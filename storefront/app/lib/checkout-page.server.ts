/** The checkout page's loader and action: one page, one step at a time, each step a form posting here. */
import { data, redirect } from "react-router";
import { getFixedT } from "../i18n";
import { getLocale } from "../i18n/i18n.server";
import { CART_PATH, CHECKOUT_PATH, orderPath } from "./cart";
import { loadCart, rememberCart, shopContext, shopHeaders, type ShopContext } from "./cart.server";
import {
  addressErrors,
  addressValuesFromForm,
  availablePaymentMethods,
  currentStep,
  initialAddressValues,
  isStepComplete,
  shippingSelectionsFromForm,
  STEP_PARAM,
  stepFromParam,
  stepStates,
  type AddressValues,
} from "./checkout";
import { completeCart, customerDefaults, listCommunes, paymentMethods, setAddress, setPayment, setShipping, shippingOptions } from "./checkout.server";
import { listProvinces } from "./places.server";
import type { Commune } from "./portal-types";
import { isShopApiError } from "./shop-api.server";
import type { CartView } from "./shop-types";

function stripePublishableKey(): string | null {
  return process.env.STRIPE_PUBLISHABLE_KEY?.trim() || null;
}

/** Where Stripe sends the shopper back after the bank's own page (3-D Secure). */
function cardReturnUrl(request: Request): string {
  const base = process.env.STOREFRONT_URL?.trim() || new URL(request.url).origin;
  return new URL(`${CHECKOUT_PATH}?buoc=${STEP_PARAM.review}`, base).toString();
}

async function cartOrBack(ctx: ShopContext): Promise<CartView> {
  const cart = await loadCart(ctx);
  if (!cart || cart.groups.length === 0) throw redirect(CART_PATH, { headers: await shopHeaders(ctx) });
  return cart;
}

export async function checkoutLoader(request: Request) {
  const url = new URL(request.url);
  const ctx = await shopContext(request);
  const cart = await cartOrBack(ctx);
  const requested = stepFromParam(url.searchParams.get("buoc"));
  const step = currentStep(cart, requested);
  const stripeKey = stripePublishableKey();

  const defaults = step === "address" && !cart.shipping_address ? await customerDefaults(ctx) : { addresses: [], email: null };
  const values = initialAddressValues(cart, defaults.addresses, defaults.email);
  const communesProvince = url.searchParams.get("province_code") ?? values.province_code;
  const [provinces, communes, shippingGroups, methods] = await Promise.all([
    step === "address" ? listProvinces() : Promise.resolve([]),
    step === "address" ? listCommunes(communesProvince) : Promise.resolve([] as Commune[]),
    step === "shipping" ? shippingOptions(ctx, cart.id) : Promise.resolve([]),
    isStepComplete(cart, "shipping") ? paymentMethods(ctx) : Promise.resolve([]),
  ]);
  const available = availablePaymentMethods(methods, stripeKey);
  const payment = cart.payment;
  const card =
    step === "review" && payment?.code === "stripe" && stripeKey && payment.client_secret
      ? {
          publishableKey: stripeKey,
          clientSecret: payment.client_secret,
          returnUrl: cardReturnUrl(request),
          confirmed: url.searchParams.get("redirect_status") === "succeeded",
        }
      : null;
  return data(
    {
      cart,
      step,
      states: stepStates(cart, requested),
      provinces: provinces.map(({ code, name }) => ({ code, name })),
      values,
      savedNote: !cart.shipping_address && defaults.addresses.length > 0,
      communes,
      communesProvince,
      shippingGroups,
      methods: available,
      paymentName: available.find((m) => m.provider_id === payment?.provider_id)?.name ?? null,
      card,
    },
    { headers: { ...(await shopHeaders(ctx)), "Cache-Control": "no-store" } },
  );
}

export type CheckoutActionData =
  | { intent: "address"; values: AddressValues; errors: ReturnType<typeof addressErrors> | null; communes: Commune[]; communesProvince: string }
  | { intent: "shipping" | "payment" | "place"; message: string };

/** A 4xx of the backend is the message shown; anything else is thrown on. */
function refusal(error: unknown): string {
  if (isShopApiError(error) && error.status >= 400 && error.status < 500) return error.message;
  throw error;
}

export async function checkoutAction(request: Request) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const ctx = await shopContext(request);
  const cart = await cartOrBack(ctx);
  const headers = await shopHeaders(ctx);
  const again = () => redirect(CHECKOUT_PATH, { headers });
  const fail = (body: CheckoutActionData) => data(body, { status: 400, headers });
  const intent = form.get("communes") ? "communes" : String(form.get("intent") ?? "");

  switch (intent) {
    case "communes":
    case "address": {
      const values = addressValuesFromForm(form);
      const communes = () => listCommunes(values.province_code);
      if (intent === "communes") {
        return data<CheckoutActionData>({ intent: "address", values, errors: null, communes: await communes(), communesProvince: values.province_code }, { headers });
      }
      try {
        await setAddress(ctx, cart.id, values);
      } catch (error) {
        const failed = isShopApiError(error) ? addressErrors(refusal(error), error.fields) : addressErrors(refusal(error));
        return fail({ intent: "address", values, errors: failed, communes: await communes(), communesProvince: values.province_code });
      }
      return again();
    }
    case "shipping": {
      const groups = await shippingOptions(ctx, cart.id);
      const { selections, missing } = shippingSelectionsFromForm(form, groups);
      if (missing.length) {
        const names = groups.filter((g) => missing.includes(g.producer_id)).map((g) => g.producer_name);
        return fail({ intent, message: t("checkout.shipping.missing", { names: names.join(", ") }) });
      }
      try {
        await setShipping(ctx, cart.id, selections);
      } catch (error) {
        return fail({ intent, message: refusal(error) });
      }
      return again();
    }
    case "payment": {
      const providerId = String(form.get("provider_id") ?? "").trim();
      if (!providerId) return fail({ intent, message: t("checkout.payment.choose") });
      try {
        await setPayment(ctx, cart.id, providerId);
      } catch (error) {
        return fail({ intent, message: refusal(error) });
      }
      return again();
    }
    case "place": {
      const result = await completeCart(ctx, cart.id);
      if (result.type === "order") {
        rememberCart(ctx, null);
        return redirect(orderPath(result.order.id, result.access_token), { headers: await shopHeaders(ctx) });
      }
      const message = result.type === "cart" ? result.error?.message || t("errors.generic.body") : result.message;
      return fail({ intent: "place", message });
    }
    default:
      return fail({ intent: "place", message: t("portal.errors.unknownAction") });
  }
}
