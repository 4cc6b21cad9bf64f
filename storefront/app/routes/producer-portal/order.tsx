import { useTranslation } from "../../lib/translation";
import { data, Form } from "react-router";
import type { Route } from "./+types/order";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { OrderStatusBadge } from "../../components/portal/OrderStatusBadge";
import { ActionButton, FormErrorSummary, Notice, PageTitle, ReasonForm, TextField, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { formatDateTime } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { orderActions, PRODUCER_ORDERS_PATH, text, type FormErrors } from "../../lib/portal";
import { backendFormErrors } from "../../lib/portal-actions.server";
import { getOrder, orderAction, producerClient } from "../../lib/producer-portal.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await producerClient(request);
  return { order: await getOrder(client, params.id) };
}

type Result = { ok: true; message: string; intent: string } | { ok: false; errors: FormErrors; intent: string };

export async function action({ request, params }: Route.ActionArgs) {
  const client = await producerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const intent = text(form, "intent");
  try {
    if (intent === "confirm") await orderAction(client, params.id, "confirm");
    else if (intent === "ship") {
      await orderAction(client, params.id, "ship", { carrier: text(form, "carrier"), tracking_number: text(form, "tracking_number") });
    } else if (intent === "cancel") await orderAction(client, params.id, "cancel", { reason: text(form, "reason") });
    else return data<Result>({ ok: false, intent, errors: { form: [t("portal.errors.unknownAction")], fields: {} } }, { status: 400 });
    return { ok: true, intent, message: t(`portal.orders.done.${intent}`) } satisfies Result;
  } catch (error) {
    return data<Result>({ ok: false, intent, errors: backendFormErrors(error) }, { status: 400 });
  }
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.orders.detailMetaTitle", { n: loaderData?.order.display_id ?? "" }) }, { name: "robots", content: "noindex" }];
};

export default function ProducerOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { order } = loaderData;
  const actions = orderActions(order.status);
  const address = order.shipping_address;
  const name = [address?.last_name, address?.first_name].filter(Boolean).join(" ");
  const errors = actionData && !actionData.ok ? actionData.errors : null;
  return (
    <article data-testid="producer-order" data-status={order.status}>
      <Breadcrumbs trail={[{ label: t("portal.orders.heading"), to: PRODUCER_ORDERS_PATH }]} current={t("portal.orders.number", { n: order.display_id })} />
      <div className="flex flex-wrap items-center gap-3">
        <PageTitle>{t("portal.orders.number", { n: order.display_id })}</PageTitle>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="mt-1 text-earth-800">{t("portal.orders.placedAt", { date: formatDateTime(order.created_at, locale) })}</p>
      {actionData?.ok ? (
        <div className="mt-4">
          <Notice kind="success" message={actionData.message} />
        </div>
      ) : null}
      {errors ? (
        <div className="mt-4">
          <FormErrorSummary errors={errors} />
        </div>
      ) : null}

      <div className="mt-6 grid gap-4 md:grid-cols-[2fr_1fr]">
        <section className={cardClass} aria-labelledby="items-title">
          <h2 id="items-title" className="text-lg font-semibold text-leaf-900">
            {t("portal.orders.items")}
          </h2>
          <ul className="mt-2 divide-y divide-earth-200">
            {order.items.map((item, index) => (
              <li key={`${item.title}-${index}`} className="flex justify-between gap-3 py-2">
                <span>
                  {item.title}
                  {item.variant_title ? ` — ${item.variant_title}` : ""} × {item.quantity}
                </span>
                <span className="whitespace-nowrap">{formatVnd(item.total)}</span>
              </li>
            ))}
          </ul>
          <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 border-t border-earth-200 pt-3">
            <dt>{t("portal.orders.itemTotal")}</dt>
            <dd className="text-right">{formatVnd(order.item_total)}</dd>
            <dt>{t("portal.orders.shippingTotal")}</dt>
            <dd className="text-right">{formatVnd(order.shipping_total)}</dd>
            <dt className="font-semibold">{t("portal.orders.total")}</dt>
            <dd className="text-right font-semibold" data-testid="order-total">
              {formatVnd(order.total)}
            </dd>
          </dl>
        </section>
        <section className={cardClass} aria-labelledby="ship-to-title">
          <h2 id="ship-to-title" className="text-lg font-semibold text-leaf-900">
            {t("portal.orders.shipTo")}
          </h2>
          <address className="mt-2 not-italic">
            {name ? <p>{name}</p> : null}
            {address?.phone ? <p>{address.phone}</p> : null}
            {address?.address_1 ? <p>{address.address_1}</p> : null}
            {address?.city || address?.province ? <p>{[address?.city, address?.province].filter(Boolean).join(", ")}</p> : null}
            {order.email ? <p>{order.email}</p> : null}
          </address>
          {order.carrier || order.tracking_number ? (
            <p className="mt-3" data-testid="order-tracking">
              {t("portal.orders.tracking", { carrier: order.carrier ?? "", number: order.tracking_number ?? "" })}
            </p>
          ) : null}
          {order.cancel_reason ? <p className="mt-3 text-lotus-700">{t("portal.reason", { reason: order.cancel_reason })}</p> : null}
        </section>
      </div>

      {actions.length ? (
        <section className={`${cardClass} mt-6 flex flex-col gap-4`} aria-labelledby="actions-title">
          <h2 id="actions-title" className="text-lg font-semibold text-leaf-900">
            {t("portal.orders.actions")}
          </h2>
          {actions.includes("confirm") ? <ActionButton intent="confirm">{t("portal.orders.confirm")}</ActionButton> : null}
          {actions.includes("ship") ? (
            <Form method="post" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
              <input type="hidden" name="intent" value="ship" />
              <TextField label={t("portal.orders.carrier")} name="carrier" required placeholder="Viettel Post" />
              <TextField label={t("portal.orders.trackingNumber")} name="tracking_number" required />
              <button type="submit" className={primaryButton}>
                {t("portal.orders.ship")}
              </button>
            </Form>
          ) : null}
          {actions.includes("cancel") ? (
            <ReasonForm
              intent="cancel"
              summary={t("portal.orders.cancel")}
              submit={t("portal.orders.cancelSubmit")}
              label={t("portal.orders.cancelReason")}
            />
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
