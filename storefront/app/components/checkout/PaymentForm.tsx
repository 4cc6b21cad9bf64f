import { useTranslation } from "../../lib/translation";
import { Form, useNavigation } from "react-router";
import type { PaymentMethod } from "../../lib/shop-types";
import { primaryButton } from "../portal/PortalUi";

/** COD, bank transfer, and card (Stripe) when the shop can take cards. */
export function PaymentForm({ methods, selected, error }: { methods: PaymentMethod[]; selected: string | null; error?: string | null }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  if (!methods.length) return <p className="text-lotus-700">{t("checkout.payment.none")}</p>;
  const chosen = selected && methods.some((m) => m.provider_id === selected) ? selected : methods[0].provider_id;
  return (
    <Form method="post" className="flex flex-col gap-3" data-testid="payment-form">
      <p className="text-earth-800">{t("checkout.payment.lead")}</p>
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("checkout.steps.payment")}</legend>
        {methods.map((method) => (
          <label
            key={method.provider_id}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-earth-200 px-3 py-2 has-checked:border-leaf-700 has-checked:bg-leaf-50"
            data-testid="payment-method"
            data-code={method.code}
          >
            <input type="radio" name="provider_id" value={method.provider_id} defaultChecked={method.provider_id === chosen} required className="mt-1 h-4 w-4 accent-leaf-700" />
            <span>
              <span className="font-medium">{method.name}</span>
              {method.description ? <span className="block text-sm text-earth-700">{method.description}</span> : null}
              {method.code === "bank_transfer" ? <span className="block text-sm text-earth-700">{t("checkout.payment.bankNote")}</span> : null}
              {method.code === "stripe" ? <span className="block text-sm text-earth-700">{t("checkout.payment.cardNote")}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p role="alert" className="font-medium text-lotus-700" data-testid="payment-error">
          {error}
        </p>
      ) : null}
      <button type="submit" name="intent" value="payment" className={`${primaryButton} self-start`} disabled={busy} data-testid="payment-submit">
        {busy ? t("portal.form.sending") : t("checkout.next")}
      </button>
    </Form>
  );
}
