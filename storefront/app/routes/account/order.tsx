import { useTranslation } from "../../lib/translation";
import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/order";
import { AddressLines } from "../../components/account/AddressLines";
import { BankTransferBox } from "../../components/account/BankTransferBox";
import { CancelOrderForm } from "../../components/account/CancelOrderForm";
import { OrderTotals } from "../../components/account/OrderTotals";
import { ShipmentCard } from "../../components/account/ShipmentCard";
import { OrderBadge, PaymentBadge } from "../../components/account/StatusBadges";
import { Notice, PageTitle, cardClass } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_ORDERS_PATH, accountOrderPath } from "../../lib/account";
import { isAccountApiError } from "../../lib/account-api.server";
import { cancelOrder, getOrder } from "../../lib/account-orders.server";
import { customerClient, flashAccountNotice } from "../../lib/account-session.server";
import { showsBankTransfer } from "../../lib/account-status";
import { formatDateTime } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { text } from "../../lib/portal";
import { commitShopSession } from "../../lib/shop-session.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await customerClient(request);
  return { order: await getOrder(client, params.id) };
}

/** intent=cancel (after the confirmation): the backend cancels, or says why not. */
export async function action({ request, params }: Route.ActionArgs) {
  const client = await customerClient(request);
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  if (text(form, "intent") !== "cancel") return data({ cancelError: t("portal.errors.unknownAction") }, { status: 400 });
  let code: string;
  try {
    code = (await cancelOrder(client, params.id)).code;
  } catch (error) {
    if (!isAccountApiError(error) || error.status >= 500) throw error;
    return data({ cancelError: t("account.order.cancelRefused", { message: error.message }) }, { status: error.status });
  }
  flashAccountNotice(client.session, { kind: "success", message: t("account.order.cancelled", { code }) });
  return redirect(accountOrderPath(params.id), { headers: { "Set-Cookie": await commitShopSession(client.session) } });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const t = metaT(matches);
  return [{ title: t("account.order.metaTitle", { code: loaderData?.order.code ?? "" }) }, { name: "robots", content: "noindex" }];
};

export default function AccountOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { order } = loaderData;
  return (
    <article className="flex flex-col gap-6" data-testid="order-detail">
      <p>
        <Link to={ACCOUNT_ORDERS_PATH} className="font-semibold text-leaf-800 underline">
          ← {t("account.order.back")}
        </Link>
      </p>
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <PageTitle>{t("account.order.heading", { code: order.code })}</PageTitle>
          <p className="mt-1 text-earth-800">
            <time dateTime={order.created_at}>{t("account.order.placedAt", { date: formatDateTime(order.created_at, locale) })}</time>
          </p>
        </div>
        <OrderBadge status={order.status} />
      </header>

      <section aria-labelledby="shipments-heading" className="flex flex-col gap-3">
        <h2 id="shipments-heading" className="text-xl font-semibold text-leaf-900">
          {t("account.order.shipmentsHeading")}
        </h2>
        {order.shipments.map((shipment) => (
          <ShipmentCard key={shipment.id} shipment={shipment} />
        ))}
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="totals-heading" className={cardClass}>
          <h2 id="totals-heading" className="mb-2 text-xl font-semibold text-leaf-900">
            {t("account.order.summaryHeading")}
          </h2>
          <OrderTotals order={order} />
        </section>
        {order.shipping_address ? (
          <section aria-labelledby="address-heading" className={cardClass}>
            <h2 id="address-heading" className="mb-2 text-xl font-semibold text-leaf-900">
              {t("account.order.addressHeading")}
            </h2>
            <AddressLines address={order.shipping_address} />
          </section>
        ) : null}
      </div>

      {order.payment ? (
        <section aria-labelledby="payment-heading" className={cardClass} data-testid="order-payment">
          <h2 id="payment-heading" className="mb-2 text-xl font-semibold text-leaf-900">
            {t("account.order.paymentHeading")}
          </h2>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("account.order.paymentMethod")}</dt>
            <dd>{order.payment.name}</dd>
            <dt className="font-semibold">{t("account.order.paymentStatus")}</dt>
            <dd>
              <PaymentBadge status={order.payment.status} />
            </dd>
          </dl>
          {showsBankTransfer(order.payment) && order.payment.bank_transfer ? <BankTransferBox transfer={order.payment.bank_transfer} /> : null}
        </section>
      ) : null}

      {actionData?.cancelError ? <Notice kind="error" message={actionData.cancelError} /> : null}
      {order.can_cancel ? <CancelOrderForm code={order.code} /> : null}
    </article>
  );
}
