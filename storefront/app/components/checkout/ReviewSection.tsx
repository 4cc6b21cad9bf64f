import { lazy, Suspense } from "react";
import { useTranslation } from "../../lib/translation";
import { Form, useNavigation, useSubmit } from "react-router";
import { formatShipping } from "../../lib/cart";
import { useHydrated } from "../../lib/hydrated";
import { useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import type { CartView } from "../../lib/shop-types";
import { CartTotals } from "../cart/CartTotals";
import { primaryButton } from "../portal/PortalUi";
import { AddressLines } from "./AddressLines";

// Stripe.js and the Payment Element: a chunk of their own, fetched only when a card payment is shown.
const StripePayment = lazy(() => import("./StripePayment"));

export interface CardPayment {
  publishableKey: string;
  clientSecret: string;
  returnUrl: string;
  /** Back from the bank's page with the card confirmed: only the order is left to place. */
  confirmed: boolean;
}

/** The order as it will be placed, and the button that places it. */
export function ReviewSection({ cart, paymentName, card, error }: { cart: CartView; paymentName: string | null; card: CardPayment | null; error?: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hydrated = useHydrated();
  const submit = useSubmit();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle" && navigation.formData?.get("intent") === "place";
  const placeForm = (
    <Form method="post">
      <button type="submit" name="intent" value="place" className={`${primaryButton} px-8`} disabled={busy} data-testid="place-order">
        {busy ? t("checkout.review.placing") : t("checkout.review.place")}
      </button>
    </Form>
  );
  return (
    <div className="flex flex-col gap-4" data-testid="review">
      <p className="text-earth-800">{t("checkout.review.lead")}</p>
      <ul className="flex flex-col gap-3">
        {cart.groups.map((group) => (
          <li key={group.producer.id} className="rounded-lg border border-earth-200 p-3" data-testid="review-group">
            <p className="font-semibold text-leaf-900">{group.producer.name}</p>
            <ul className="mt-1 text-sm">
              {group.items.map((item) => (
                <li key={item.id} className="flex justify-between gap-2">
                  <span>
                    {item.quantity} × {item.title} ({item.variant_title})
                  </span>
                  <span>{formatVnd(item.total)}</span>
                </li>
              ))}
            </ul>
            {group.shipping ? (
              <p className="mt-1 flex justify-between gap-2 text-sm text-earth-800">
                <span>{group.shipping.name}</span>
                <span>{formatShipping(group.shipping.amount, t("cart.totals.free"))}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="grid gap-4 sm:grid-cols-2">
        {cart.shipping_address ? (
          <div>
            <p className="text-sm font-semibold text-earth-700">{t("checkout.review.shipTo")}</p>
            <AddressLines address={cart.shipping_address} email={cart.email} />
          </div>
        ) : null}
        {paymentName ? (
          <div>
            <p className="text-sm font-semibold text-earth-700">{t("checkout.review.payWith")}</p>
            <p data-testid="review-payment">{paymentName}</p>
          </div>
        ) : null}
      </div>
      <CartTotals totals={cart} />
      {error ? (
        <p role="alert" className="rounded-lg border border-lotus-600 bg-white p-3 font-medium text-lotus-700" data-testid="place-error">
          {t("checkout.review.failed", { message: error })}
        </p>
      ) : null}
      {!card ? (
        placeForm
      ) : card.confirmed ? (
        <>
          <p className="text-leaf-800">{t("checkout.review.cardConfirmed")}</p>
          {placeForm}
        </>
      ) : (
        <div>
          <p className="mb-2 font-semibold text-leaf-900">{t("checkout.review.card")}</p>
          <noscript>
            <p className="text-lotus-700">{t("checkout.review.cardNeedsJs")}</p>
          </noscript>
          {hydrated ? (
            <Suspense fallback={<p className="text-earth-700">{t("checkout.review.cardLoading")}</p>}>
              <StripePayment
                publishableKey={card.publishableKey}
                clientSecret={card.clientSecret}
                returnUrl={card.returnUrl}
                locale={locale}
                busy={busy}
                onConfirmed={() => submit({ intent: "place" }, { method: "post" })}
              />
            </Suspense>
          ) : (
            <p className="text-earth-700">{t("checkout.review.cardLoading")}</p>
          )}
        </div>
      )}
    </div>
  );
}
