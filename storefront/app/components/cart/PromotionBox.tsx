import { useTranslation } from "../../lib/translation";
import { Form } from "react-router";
import { inputClass, secondaryButton } from "../portal/PortalUi";

/** Apply a promotion code, or remove one; a refusal shows the backend's reason under the box. */
export function PromotionBox({ codes, error }: { codes: ReadonlyArray<{ code: string }>; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="promo-heading" className="border-b border-earth-200 pb-4" data-testid="promotion-box">
      <h2 id="promo-heading" className="mb-2 font-semibold text-leaf-900">
        {t("cart.promo.heading")}
      </h2>
      {codes.length ? (
        <ul className="mb-3 flex flex-col gap-2">
          {codes.map(({ code }) => (
            <li key={code} className="flex items-center justify-between gap-2 rounded-lg bg-leaf-50 px-3 py-2" data-testid="applied-promotion">
              <span className="font-medium text-leaf-900">{t("cart.promo.applied", { code })}</span>
              <Form method="post" preventScrollReset>
                <input type="hidden" name="intent" value="promo-remove" />
                <input type="hidden" name="code" value={code} />
                <button type="submit" className="text-sm font-medium text-lotus-700 underline" aria-label={t("cart.promo.removeLabel", { code })}>
                  {t("cart.promo.remove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post" preventScrollReset className="flex gap-2">
        <input type="hidden" name="intent" value="promo-apply" />
        <label htmlFor="promo-code" className="sr-only">
          {t("cart.promo.code")}
        </label>
        <input
          id="promo-code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          placeholder={t("cart.promo.code")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "promo-error" : undefined}
          className={`${inputClass} min-w-0 flex-1 uppercase`}
        />
        <button type="submit" className={secondaryButton}>
          {t("cart.promo.apply")}
        </button>
      </Form>
      {error ? (
        <p id="promo-error" role="alert" className="mt-2 text-sm font-medium text-lotus-700" data-testid="promotion-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
