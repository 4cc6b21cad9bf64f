import { useTranslation } from "../../lib/translation";
import { Link, useLocation } from "react-router";
import type { Route } from "./+types/order";
import { AddressLines } from "../../components/checkout/AddressLines";
import { CartTotals } from "../../components/cart/CartTotals";
import { BankTransferBox } from "../../components/order/BankTransferBox";
import { ClaimBox } from "../../components/order/ClaimBox";
import { ShipmentCard } from "../../components/order/ShipmentCard";
import { PageTitle, StatusBadge, cardClass } from "../../components/portal/PortalUi";
import { formatDateTime } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { paymentTone, showsBankTransfer, toOrderStatus, toPaymentStatus } from "../../lib/order";
import { orderAction, orderLoader } from "../../lib/order-page.server";
import { PRODUCTS_PATH } from "../../lib/paths";

export async function loader({ request, params }: Route.LoaderArgs) {
  return orderLoader(request, params.id);
}

export async function action({ request, params }: Route.ActionArgs) {
  return orderAction(request, params.id);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const t = metaT(matches);
  return [
    { title: loaderData ? t("order.metaTitle", { code: loaderData.order.code }) : t("errors.notFound.metaTitle") },
    { name: "robots", content: "noindex" },
  ];
};

export default function OrderPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const { order, offer, justPlaced } = loaderData;
  const payment = toPaymentStatus(order.payment.status);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5" data-testid="order-page" data-order-id={order.id} data-order-code={order.code}>
      <div>
        {justPlaced ? <p className="text-lg font-semibold text-leaf-700">{t("order.thanks")}</p> : null}
        <PageTitle>
          <span data-testid="order-code">{t("order.heading", { code: order.code })}</span>
        </PageTitle>
        <p className="mt-1 text-earth-800">
          {t("order.placedAt", { date: formatDateTime(order.created_at, locale) })} · {t("order.status")}: {t(`order.orderStatus.${toOrderStatus(order.status)}`)}
        </p>
        <p className="text-earth-800">{t("order.emailNote", { email: order.email })}</p>
      </div>

      {showsBankTransfer(order) && order.payment.bank_transfer ? <BankTransferBox transfer={order.payment.bank_transfer} /> : null}

      <section aria-labelledby="shipments-heading" className="flex flex-col gap-3">
        <h2 id="shipments-heading" className="text-xl font-semibold text-leaf-900">
          {t("order.shipments", { n: order.shipments.length })}
        </h2>
        {order.shipments.map((shipment) => (
          <ShipmentCard key={shipment.id} shipment={shipment} />
        ))}
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <section className={cardClass} aria-labelledby="ship-to">
          <h2 id="ship-to" className="mb-1 font-semibold text-leaf-900">
            {t("order.shipTo")}
          </h2>
          <AddressLines address={order.shipping_address} />
        </section>
        <section className={cardClass} aria-labelledby="payment-heading">
          <h2 id="payment-heading" className="mb-1 font-semibold text-leaf-900">
            {t("order.payment")}
          </h2>
          <p data-testid="order-payment">{order.payment.name}</p>
          <StatusBadge tone={paymentTone(payment)} testId="payment-status" value={payment}>
            {t(`order.paymentStatus.${payment}`)}
          </StatusBadge>
        </section>
      </div>

      <section className={cardClass} aria-label={t("cart.totals.heading")}>
        <CartTotals totals={order} />
      </section>

      {offer ? <ClaimBox offer={offer} email={order.email} error={actionData?.error ?? null} here={`${location.pathname}${location.search}`} /> : null}

      <Link to={PRODUCTS_PATH} className="self-start font-medium text-leaf-800 underline underline-offset-4">
        {t("order.keepShopping")}
      </Link>
    </div>
  );
}
