/**
 * Stripe's Payment Element for the card payment: loaded (with Stripe.js) only
 * on the checkout page, only in the browser, only when the shopper pays by
 * card. The card is confirmed with `redirect: "if_required"`; when the bank
 * needs a redirect (3-D Secure) the shopper comes back to `returnUrl`.
 */
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import { loadStripe, type Stripe } from "@stripe/stripe-js";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../../lib/translation";
import { primaryButton } from "../portal/PortalUi";

const loaded = new Map<string, Promise<Stripe | null>>();
function stripeFor(key: string) {
  let promise = loaded.get(key);
  if (!promise) {
    promise = loadStripe(key);
    loaded.set(key, promise);
  }
  return promise;
}

export interface StripePaymentProps {
  publishableKey: string;
  clientSecret: string;
  returnUrl: string;
  locale: "vi" | "en";
  /** Called once the card is confirmed (no redirect needed): place the order. */
  onConfirmed: () => void;
  busy: boolean;
}

function CardForm({ returnUrl, onConfirmed, busy }: Pick<StripePaymentProps, "returnUrl" | "onConfirmed" | "busy">) {
  const { t } = useTranslation();
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setConfirming(true);
    setError(null);
    const result = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } });
    setConfirming(false);
    if (result.error) setError(t("checkout.review.cardFailed", { message: result.error.message ?? "" }));
    else onConfirmed();
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" data-testid="stripe-form">
      <PaymentElement />
      {error ? (
        <p role="alert" className="font-medium text-lotus-700">
          {error}
        </p>
      ) : null}
      <button type="submit" className={`${primaryButton} self-start px-8`} disabled={!stripe || confirming || busy} data-testid="place-order">
        {confirming || busy ? t("checkout.review.placing") : t("checkout.review.place")}
      </button>
    </form>
  );
}

export default function StripePayment({ publishableKey, clientSecret, returnUrl, locale, onConfirmed, busy }: StripePaymentProps) {
  return (
    <Elements stripe={stripeFor(publishableKey)} options={{ clientSecret, locale }}>
      <CardForm returnUrl={returnUrl} onConfirmed={onConfirmed} busy={busy} />
    </Elements>
  );
}
