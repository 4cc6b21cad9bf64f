import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Shipment } from "../../lib/account-types";
import { showsTracking } from "../../lib/account-status";
import { formatDateTime } from "../../lib/dates";
import { useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { producerPath } from "../../lib/paths";
import { cardClass } from "../portal/PortalUi";
import { ShipmentBadge } from "./StatusBadges";

/** One producer's part of an order: its items, its status, and the carrier and tracking number once it has shipped. */
export function ShipmentCard({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className={cardClass} aria-labelledby={`shipment-${shipment.id}`} data-testid="shipment">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`shipment-${shipment.id}`} className="text-lg font-semibold text-leaf-900">
          <Link to={producerPath(shipment.producer.slug)} className="text-leaf-800 underline underline-offset-4">
            {shipment.producer.name}
          </Link>
        </h3>
        <ShipmentBadge status={shipment.status} />
      </div>
      <ul className="mt-3 divide-y divide-earth-100">
        {shipment.items.map((item, index) => (
          <li key={`${item.title}-${item.variant_title ?? ""}-${index}`} className="flex items-center gap-3 py-2">
            {item.thumbnail ? (
              <img src={item.thumbnail} alt="" width={48} height={48} className="h-12 w-12 rounded object-cover" loading="lazy" />
            ) : null}
            <div className="flex-1">
              <p className="font-medium text-leaf-950">{item.title}</p>
              {item.variant_title ? <p className="text-sm text-earth-700">{item.variant_title}</p> : null}
              <p className="text-sm text-earth-700">{t("account.order.line", { quantity: item.quantity, price: formatVnd(item.unit_price) })}</p>
            </div>
            <p className="font-semibold text-leaf-950">{formatVnd(item.total)}</p>
          </li>
        ))}
      </ul>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-earth-800">
        <dt>{t("account.order.itemTotal")}</dt>
        <dd className="text-right">{formatVnd(shipment.item_total)}</dd>
        <dt>{shipment.shipping_name ? t("account.order.shippingNamed", { name: shipment.shipping_name }) : t("account.order.shipping")}</dt>
        <dd className="text-right">{formatVnd(shipment.shipping_total)}</dd>
        <dt className="font-semibold text-leaf-950">{t("account.order.total")}</dt>
        <dd className="text-right font-semibold text-leaf-950">{formatVnd(shipment.total)}</dd>
      </dl>
      {showsTracking(shipment) ? (
        <dl className="mt-3 grid gap-x-4 gap-y-1 rounded-lg bg-leaf-50 p-3 sm:grid-cols-[auto_1fr]" data-testid="tracking">
          {shipment.carrier ? (
            <>
              <dt className="font-semibold">{t("account.order.carrier")}</dt>
              <dd>{shipment.carrier}</dd>
            </>
          ) : null}
          {shipment.tracking_number ? (
            <>
              <dt className="font-semibold">{t("account.order.trackingNumber")}</dt>
              <dd className="font-mono">{shipment.tracking_number}</dd>
            </>
          ) : null}
          {shipment.shipped_at ? (
            <>
              <dt className="font-semibold">{t("account.order.shippedAt")}</dt>
              <dd>
                <time dateTime={shipment.shipped_at}>{formatDateTime(shipment.shipped_at, locale)}</time>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
