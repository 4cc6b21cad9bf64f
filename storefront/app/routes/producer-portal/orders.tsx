import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/orders";
import { OrderStatusBadge } from "../../components/portal/OrderStatusBadge";
import { PageTitle, cardClass } from "../../components/portal/PortalUi";
import { formatDateTime } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { ORDER_STATUSES, orderStatusKey, PRODUCER_ORDERS_PATH, producerOrderPath, type OrderStatus } from "../../lib/portal";
import { listOrders, producerClient } from "../../lib/producer-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const asked = new URL(request.url).searchParams.get("status");
  const status = (ORDER_STATUSES as readonly string[]).includes(asked ?? "") ? (asked as OrderStatus) : null;
  const { orders, count } = await listOrders(client, status ?? undefined);
  return { orders, count, status };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.orders.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProducerOrders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { orders, status } = loaderData;
  const tabs: Array<{ value: OrderStatus | null; label: string }> = [
    { value: null, label: t("portal.orders.all") },
    ...ORDER_STATUSES.map((value) => ({ value, label: t(orderStatusKey(value)) })),
  ];
  return (
    <>
      <PageTitle>{t("portal.orders.heading")}</PageTitle>
      <nav aria-label={t("portal.orders.filterLabel")} className="mt-4 -mx-1 overflow-x-auto">
        <ul className="flex gap-1">
          {tabs.map((tab) => (
            <li key={tab.value ?? "all"}>
              <Link
                to={tab.value ? `${PRODUCER_ORDERS_PATH}?status=${tab.value}` : PRODUCER_ORDERS_PATH}
                aria-current={tab.value === status ? "page" : undefined}
                className={`block rounded-full border px-3 py-1.5 whitespace-nowrap ${tab.value === status ? "border-leaf-700 bg-leaf-50 font-semibold" : "border-earth-200 bg-white"}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {orders.length ? (
        <ul className="mt-4 flex flex-col gap-3" data-testid="producer-orders">
          {orders.map((order) => (
            <li key={order.id} className={`${cardClass} flex flex-wrap items-center justify-between gap-3`}>
              <div>
                <Link to={producerOrderPath(order.id)} className="font-semibold text-leaf-800 underline">
                  {t("portal.orders.number", { n: order.display_id })}
                </Link>
                <p className="text-sm text-earth-800">
                  {formatDateTime(order.created_at, locale)} · {t("portal.orders.itemCount", { n: order.items.reduce((s, i) => s + i.quantity, 0) })}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <span className="font-semibold">{formatVnd(order.total)}</span>
                <OrderStatusBadge status={order.status} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-earth-800">{t("portal.orders.empty")}</p>
      )}
    </>
  );
}
