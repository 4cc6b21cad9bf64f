import { useTranslation } from "../../lib/translation";
import { Form, useNavigation } from "react-router";
import { formatShipping } from "../../lib/cart";
import { defaultShippingOption, shippingFieldName } from "../../lib/checkout";
import { formatVnd } from "../../lib/money";
import type { ShippingGroup } from "../../lib/shop-types";
import { primaryButton } from "../portal/PortalUi";

/** One fieldset per producer: standard or express, with its price ("Miễn phí" when free above the threshold). */
export function ShippingForm({ groups, error }: { groups: ShippingGroup[]; error?: string | null }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" className="flex flex-col gap-4" data-testid="shipping-form">
      <p className="text-earth-800">{t("checkout.shipping.lead")}</p>
      {groups.map((group) => {
        const chosen = defaultShippingOption(group);
        return (
          <fieldset key={group.producer_id} className="rounded-lg border border-earth-200 p-3" data-testid="shipping-group" data-producer-id={group.producer_id}>
            <legend className="px-1 font-semibold text-leaf-900">{t("checkout.shipping.group", { name: group.producer_name })}</legend>
            <p className="mb-2 text-sm text-earth-700">{t("checkout.shipping.itemTotal", { amount: formatVnd(group.item_total) })}</p>
            {group.options.length === 0 ? <p className="text-lotus-700">{t("checkout.shipping.none")}</p> : null}
            <div className="flex flex-col gap-2">
              {group.options.map((option) => (
                <label
                  key={option.id}
                  className="flex cursor-pointer items-start justify-between gap-4 rounded-lg border border-earth-200 px-3 py-2 has-checked:border-leaf-700 has-checked:bg-leaf-50"
                  data-testid="shipping-option"
                  data-code={option.code}
                >
                  <span className="flex items-start gap-3">
                    <input
                      type="radio"
                      name={shippingFieldName(group.producer_id)}
                      value={option.id}
                      defaultChecked={option.id === chosen}
                      required
                      className="mt-1 h-4 w-4 accent-leaf-700"
                    />
                    <span>
                      <span className="font-medium">{option.name}</span>
                      {option.description ? <span className="block text-sm text-earth-700">{option.description}</span> : null}
                      {option.free_above && option.amount > 0 ? (
                        <span className="block text-sm text-earth-700">{t("checkout.shipping.freeAbove", { amount: formatVnd(option.free_above) })}</span>
                      ) : null}
                    </span>
                  </span>
                  <span className="shrink-0 text-right font-semibold" data-testid="shipping-price">
                    {formatShipping(option.amount, t("cart.totals.free"))}
                    {option.amount === 0 && option.regular_amount > 0 ? (
                      <span className="block text-sm font-normal text-earth-700 line-through">{formatVnd(option.regular_amount)}</span>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      {error ? (
        <p role="alert" className="font-medium text-lotus-700" data-testid="shipping-error">
          {error}
        </p>
      ) : null}
      <button type="submit" name="intent" value="shipping" className={`${primaryButton} self-start`} disabled={busy} data-testid="shipping-submit">
        {busy ? t("portal.form.sending") : t("checkout.next")}
      </button>
    </Form>
  );
}
