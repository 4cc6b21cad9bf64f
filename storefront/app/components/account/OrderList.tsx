import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { accountOrderPath } from "../../lib/account";
import type { OrderView } from "../../lib/account-types";
import { formatDateTime } from "../../lib/dates";
import { useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { cardClass } from "../portal/PortalUi";
import { OrderBadge, ShipmentBadge } from "./StatusBadges";

/** The customer's orders, newest first: the code (a link to the order), date, total, each producer's shipment status. */
export function OrderList({ orders }: { orders: ReadonlyArray<OrderView> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ol className="mt-4 flex flex-col gap-3" aria-label={t("account.orders.listLabel")} data-testid="order-list">
      {orders.map((order) => (
        <li key={order.id} className={cardClass} data-testid="order-row">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">
              <Link to={accountOrderPath(order.id)} className="text-leaf-800 underline underline-offset-4">
                {order.code}
              </Link>
            </h2>
            <OrderBadge status={order.status} />
          </div>
          <p className="mt-1 text-earth-800">
            <time dateTime={order.created_at}>{t("account.orders.placedAt", { date: formatDateTime(order.created_at, locale) })}</time>
            {" · "}
            <span className="font-semibold text-leaf-950">{t("account.orders.total", { total: formatVnd(order.total) })}</span>
          </p>
          {order.shipments.length ? (
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("account.orders.shipmentsLabel")}>
              {order.shipments.map((shipment) => (
                <li key={shipment.id}>
                  <ShipmentBadge status={shipment.status} producer={shipment.producer.name} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
