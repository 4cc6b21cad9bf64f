import { useTranslation } from "../../lib/translation";
import { Form, Link, useNavigation } from "react-router";
import { CART_PATH, MAX_QUANTITY, type AddToCartResult } from "../../lib/cart";
import type { VariantView } from "../../lib/catalog";
import { useHydrated } from "../../lib/hydrated";
import { inputClass, primaryButton } from "../portal/PortalUi";

/**
 * Quantity and "add to cart" for the chosen pack size. The pack-size radios
 * (name "variant_id", `form={formId}`) belong to this form, so without
 * JavaScript the chosen one is posted too; a single pack size is a hidden field.
 */
export function AddToCartForm({
  formId,
  productTitle,
  variants,
  selected,
  outcome,
}: {
  formId: string;
  productTitle: string;
  variants: VariantView[];
  selected: VariantView | undefined;
  outcome?: AddToCartResult | null;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("variant_id") !== undefined;
  if (!selected) return null;
  // Without JavaScript the server does not know which radio is chosen: let the backend answer.
  const soldOut = hydrated && selected.stock === "out_of_stock";
  const added = outcome?.ok ? variants.find((v) => v.id === outcome.variantId) : null;
  return (
    <Form method="post" id={formId} preventScrollReset className="mt-6" data-testid="add-to-cart">
      {variants.length === 1 ? <input type="hidden" name="variant_id" value={selected.id} /> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${formId}-quantity`} className="mb-1 block text-sm font-semibold text-leaf-900">
            {t("cart.add.quantity")}
          </label>
          <input
            id={`${formId}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            defaultValue={1}
            required
            className={`${inputClass.replace("w-full", "")} w-24`}
          />
        </div>
        <button type="submit" className={`${primaryButton} px-6`} disabled={soldOut || busy} aria-describedby={soldOut ? `${formId}-soldout` : undefined}>
          {busy ? t("cart.add.sending") : t("cart.add.submit")}
        </button>
      </div>
      {soldOut ? (
        <p id={`${formId}-soldout`} className="mt-2 text-sm font-medium text-lotus-700" data-testid="add-sold-out">
          {t("cart.add.outOfStock")}
        </p>
      ) : null}
      <div aria-live="polite">
        {outcome && !outcome.ok ? (
          <p role="alert" className="mt-3 rounded-lg border border-lotus-600 bg-white p-3 text-lotus-700" data-testid="add-to-cart-error">
            {outcome.message}
          </p>
        ) : null}
        {outcome?.ok ? (
          <p className="mt-3 rounded-lg border border-leaf-300 bg-leaf-50 p-3 text-leaf-900" data-testid="add-to-cart-done">
            {t("cart.add.added", { quantity: outcome.quantity, title: added ? `${productTitle} (${added.title})` : productTitle })}{" "}
            <Link to={CART_PATH} className="font-semibold underline underline-offset-4">
              {t("cart.add.viewCart")}
            </Link>
          </p>
        ) : null}
      </div>
    </Form>
  );
}
