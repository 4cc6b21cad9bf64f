/** Pure checkout logic: which step the shopper is on, and turning forms into the backend's payloads. */
import { mapBackendErrors } from "./portal";
import type { CartView, PaymentMethod, SavedAddress, ShippingGroup, VnAddress } from "./shop-types";

// ---------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------

export const CHECKOUT_STEPS = ["address", "shipping", "payment", "review"] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];
export type StepState = "done" | "current" | "upcoming";

/** The `?buoc=` of each step (Vietnamese, like the paths). */
export const STEP_PARAM: Record<CheckoutStep, string> = {
  address: "dia-chi",
  shipping: "van-chuyen",
  payment: "thanh-toan",
  review: "xac-nhan",
};

export function stepFromParam(value: string | null | undefined): CheckoutStep | null {
  return CHECKOUT_STEPS.find((step) => STEP_PARAM[step] === value) ?? null;
}

type StepCart = Pick<CartView, "email" | "shipping_address" | "groups" | "payment">;

/** Whether a step's part of the cart is filled in (review is never "done": placing the order ends it). */
export function isStepComplete(cart: StepCart, step: CheckoutStep): boolean {
  switch (step) {
    case "address":
      return !!cart.email && !!cart.shipping_address;
    case "shipping":
      return cart.groups.length > 0 && cart.groups.every((group) => group.shipping !== null);
    case "payment":
      return cart.payment !== null;
    case "review":
      return false;
  }
}

/**
 * The step to show: the one asked for (`?buoc=`) when every step before it is
 * complete, otherwise the first incomplete one.
 */
export function currentStep(cart: StepCart, requested: CheckoutStep | null = null): CheckoutStep {
  const firstIncomplete = CHECKOUT_STEPS.find((step) => !isStepComplete(cart, step)) ?? "review";
  if (requested && CHECKOUT_STEPS.indexOf(requested) <= CHECKOUT_STEPS.indexOf(firstIncomplete)) return requested;
  return firstIncomplete;
}

/** Each step's state for the page: done (a summary and "change"), current (its form), upcoming (greyed). */
export function stepStates(cart: StepCart, requested: CheckoutStep | null = null): Record<CheckoutStep, StepState> {
  const current = currentStep(cart, requested);
  const states = {} as Record<CheckoutStep, StepState>;
  for (const step of CHECKOUT_STEPS) {
    states[step] = step === current ? "current" : isStepComplete(cart, step) ? "done" : "upcoming";
  }
  return states;
}

/** The order can be placed when address, shipping and payment are all set. */
export function canPlaceOrder(cart: StepCart): boolean {
  return isStepComplete(cart, "address") && isStepComplete(cart, "shipping") && isStepComplete(cart, "payment");
}

// ---------------------------------------------------------------------------
// Address
// ---------------------------------------------------------------------------

/** Resource route (the account pages' own): a province's communes as JSON (`?province_code=`), for the commune select. */
export { ACCOUNT_COMMUNES_PATH as COMMUNES_PATH } from "./account";

/** The address form's fields, named as the backend names them in `fields`. */
export const ADDRESS_FIELDS = ["email", "full_name", "phone", "province_code", "commune_code", "street"] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressValues = Record<AddressField, string>;

type Form = Pick<FormData, "get">;

const field = (form: Form, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.normalize("NFC").trim() : "";
};

export function addressValuesFromForm(form: Form): AddressValues {
  return Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, field(form, name)])) as AddressValues;
}

/** The body of `POST /store/ocop/carts/:id/address`. */
export function addressPayload(values: AddressValues) {
  const { email, ...address } = values;
  return { email, address };
}

/** What the form starts with: the cart's address, else a saved one, else nothing (email from the customer). */
export function initialAddressValues(
  cart: Pick<CartView, "email" | "shipping_address">,
  saved: ReadonlyArray<SavedAddress | VnAddress> = [],
  customerEmail: string | null = null,
): AddressValues {
  const from = cart.shipping_address ?? saved[0] ?? null;
  return {
    email: cart.email ?? customerEmail ?? "",
    full_name: from?.full_name ?? "",
    phone: from?.phone ?? "",
    province_code: from?.province_code ?? "",
    commune_code: from?.commune_code ?? "",
    street: from?.street ?? "",
  };
}

/**
 * The backend's field errors as the form's: `fields` keyed `phone` or
 * `address.phone` (either is accepted), or a validation message
 * "Dữ liệu không hợp lệ: address.phone: …". What fits no field is a form message.
 */
export function addressErrors(message: string, fields: Record<string, string> = {}): { form: string[]; fields: Partial<Record<AddressField, string>> } {
  const known = new Set<string>(ADDRESS_FIELDS);
  const result: { form: string[]; fields: Partial<Record<AddressField, string>> } = { form: [], fields: {} };
  const put = (key: string, text: string, unknown: string) => {
    const name = key.replace(/^(address|shipping_address)\./, "");
    if (known.has(name)) result.fields[name as AddressField] ??= text;
    else result.form.push(unknown);
  };
  for (const [key, text] of Object.entries(fields)) put(key, text, text);
  if (!Object.keys(fields).length) {
    const parsed = mapBackendErrors(message);
    for (const [key, text] of Object.entries(parsed.fields)) put(key, text, `${key}: ${text}`);
    result.form.push(...parsed.form);
  }
  if (!result.form.length && !Object.keys(result.fields).length && message) result.form.push(message);
  return result;
}

// ---------------------------------------------------------------------------
// Shipping and payment
// ---------------------------------------------------------------------------

export const shippingFieldName = (producerId: string) => `shipping.${producerId}`;

/** One choice per producer group; `missing` lists the producers without one. */
export function shippingSelectionsFromForm(form: Form, groups: ReadonlyArray<Pick<ShippingGroup, "producer_id" | "options">>) {
  const selections: { producer_id: string; option_id: string }[] = [];
  const missing: string[] = [];
  for (const group of groups) {
    const chosen = field(form, shippingFieldName(group.producer_id));
    if (chosen && group.options.some((option) => option.id === chosen)) selections.push({ producer_id: group.producer_id, option_id: chosen });
    else missing.push(group.producer_id);
  }
  return { selections, missing };
}

/** The option to show as chosen: the cart's choice, else the cheapest. */
export function defaultShippingOption(group: Pick<ShippingGroup, "selected_option_id" | "options">): string | null {
  if (group.selected_option_id && group.options.some((o) => o.id === group.selected_option_id)) return group.selected_option_id;
  const cheapest = [...group.options].sort((a, b) => a.amount - b.amount)[0];
  return cheapest?.id ?? null;
}

/** The methods the shopper can choose: card (Stripe) only when the storefront has Stripe's publishable key too. */
export function availablePaymentMethods(methods: ReadonlyArray<PaymentMethod>, stripePublishableKey: string | null | undefined): PaymentMethod[] {
  return methods.filter((method) => method.code !== "stripe" || !!stripePublishableKey?.trim());
}
