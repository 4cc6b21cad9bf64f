/**
 * The booth forms: a producer's application (products, each with a fair price
 * in đồng or a discount in %, and a note) and the officer's approve (booth
 * number) and featured-products forms.
 */
import type { FairLocalErrors } from "./fair-form";
import { parseWholeNumber, text } from "./portal";

type Form = Pick<FormData, "get" | "getAll">;

export interface BoothProductPayload {
  product_id: string;
  fair_price?: number;
  discount_percent?: number;
}

export interface BoothApplicationPayload {
  note?: string;
  products: BoothProductPayload[];
}

/** A chosen product's own fields: "fair_price.<product id>", "discount_percent.<product id>". */
export const priceField = (productId: string) => `fair_price.${productId}`;
export const discountField = (productId: string) => `discount_percent.${productId}`;

export const MAX_DISCOUNT = 90;

/**
 * The ticked "product_id" boxes with their deal: a whole fair price, or a whole
 * discount 1–90 %: exactly one of the two (as the backend requires). At least
 * one product. Errors are keyed by the product's own field names.
 */
export function parseBoothApplication(form: Form): { payload: BoothApplicationPayload; errors: FairLocalErrors } {
  const errors: FairLocalErrors = {};
  const ids = [...new Set(form.getAll("product_id").filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
  if (!ids.length) errors.products = "fairPortal.errors.chooseProduct";
  const products = ids.map((product_id): BoothProductPayload => {
    const price = parseWholeNumber(text(form, priceField(product_id)));
    const discount = parseWholeNumber(text(form, discountField(product_id)).replace(/%/g, ""));
    if (price !== null && (Number.isNaN(price) || price <= 0)) errors[priceField(product_id)] = "fairPortal.errors.wholeNumber";
    if (discount !== null && (Number.isNaN(discount) || discount < 1 || discount > MAX_DISCOUNT)) {
      errors[discountField(product_id)] = "fairPortal.errors.discountRange";
    }
    if ((price === null) === (discount === null)) errors[priceField(product_id)] = "fairPortal.errors.priceOrDiscount";
    return {
      product_id,
      ...(price !== null && Number.isFinite(price) && discount === null ? { fair_price: price } : {}),
      ...(discount !== null && Number.isFinite(discount) && price === null ? { discount_percent: discount } : {}),
    };
  });
  const note = text(form, "note");
  return { payload: { ...(note ? { note } : {}), products }, errors };
}

/**
 * The backend's paths as the form's fields: "products.1.fair_price" (or the
 * product's own refusal, "products.1") is the product's fair price field,
 * "products.1.discount_percent" its discount; "products" and "note" stay; any
 * other path is a form-level message (null).
 */
export function boothPathRenamer(productIds: ReadonlyArray<string>) {
  return (path: string): string | null => {
    if (path === "products" || path === "note") return path;
    const match = /^products\.(\d+)(?:\.(fair_price|discount_percent|product_id))?$/.exec(path);
    const id = match ? productIds[Number(match[1])] : undefined;
    if (!match || id === undefined) return null;
    return match[2] === "discount_percent" ? discountField(id) : priceField(id);
  };
}

/** The approve form's optional booth number: undefined when empty (the backend picks the next free one). */
export function parseBoothNumber(form: Form): { number?: number; errors: FairLocalErrors } {
  const value = parseWholeNumber(text(form, "number"));
  if (value === null) return { errors: {} };
  if (Number.isNaN(value) || value < 1) return { errors: { number: "fairPortal.errors.wholeNumber" } };
  return { number: value, errors: {} };
}

/** The featured form's ticked products ("featured"). */
export function parseFeatured(form: Form): string[] {
  return [...new Set(form.getAll("featured").filter((v): v is string => typeof v === "string" && v !== ""))];
}
