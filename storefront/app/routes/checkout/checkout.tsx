import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/checkout";
import { AddressForm } from "../../components/checkout/AddressForm";
import { AddressLines } from "../../components/checkout/AddressLines";
import { PaymentForm } from "../../components/checkout/PaymentForm";
import { ReviewSection } from "../../components/checkout/ReviewSection";
import { ShippingForm } from "../../components/checkout/ShippingForm";
import { StepSection } from "../../components/checkout/StepSection";
import { PageTitle } from "../../components/portal/PortalUi";
import { CART_PATH, formatShipping } from "../../lib/cart";
import { checkoutAction, checkoutLoader } from "../../lib/checkout-page.server";
import { metaT } from "../../lib/locale";

export async function loader({ request }: Route.LoaderArgs) {
  return checkoutLoader(request);
}

export async function action({ request }: Route.ActionArgs) {
  return checkoutAction(request);
}

export const meta: Route.MetaFunction = ({ matches }) => [{ title: metaT(matches)("checkout.metaTitle") }, { name: "robots", content: "noindex" }];

export default function CheckoutPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { cart, states } = loaderData;
  const addressData = actionData?.intent === "address" ? actionData : null;
  const message = (intent: "shipping" | "payment" | "place") => (actionData && actionData.intent === intent && "message" in actionData ? actionData.message : null);

  return (
    <div className="mx-auto max-w-3xl" data-testid="checkout">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <PageTitle>{t("checkout.heading")}</PageTitle>
        <Link to={CART_PATH} className="font-medium text-leaf-800 underline underline-offset-4">
          {t("checkout.backToCart")}
        </Link>
      </div>
      <div className="mt-6 flex flex-col gap-4" role="list" aria-label={t("checkout.stepsLabel")}>
        <div role="listitem">
          <StepSection
            step="address"
            state={states.address}
            summary={cart.shipping_address ? <AddressLines address={cart.shipping_address} email={cart.email} /> : null}
          >
            <AddressForm
              values={addressData?.values ?? loaderData.values}
              provinces={loaderData.provinces}
              communes={addressData?.communes ?? loaderData.communes}
              communesProvince={addressData?.communesProvince ?? loaderData.communesProvince}
              errors={addressData?.errors ?? null}
              savedNote={loaderData.savedNote}
            />
          </StepSection>
        </div>
        <div role="listitem">
          <StepSection
            step="shipping"
            state={states.shipping}
            summary={
              <ul className="text-sm" data-testid="shipping-summary">
                {cart.groups.map((group) => (
                  <li key={group.producer.id}>
                    {group.producer.name}: {group.shipping?.name} — {group.shipping ? formatShipping(group.shipping.amount, t("cart.totals.free")) : null}
                  </li>
                ))}
              </ul>
            }
          >
            <ShippingForm groups={loaderData.shippingGroups} error={message("shipping")} />
          </StepSection>
        </div>
        <div role="listitem">
          <StepSection step="payment" state={states.payment} summary={loaderData.paymentName}>
            <PaymentForm methods={loaderData.methods} selected={cart.payment?.provider_id ?? null} error={message("payment")} />
          </StepSection>
        </div>
        <div role="listitem">
          <StepSection step="review" state={states.review}>
            <ReviewSection cart={cart} paymentName={loaderData.paymentName} card={loaderData.card} error={message("place")} />
          </StepSection>
        </div>
      </div>
    </div>
  );
}
