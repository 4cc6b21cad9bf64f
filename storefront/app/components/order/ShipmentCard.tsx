import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { formatShipping } from "../../lib/cart";
import { formatDateTime } from "../../lib/dates";
import { useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { producerPath } from "../../lib/paths";
import type { Shipment } from "../../lib/shop-types";
import { StatusBadge } from "../portal/PortalUi";
import { shipmentTone, toShipmentStatus } from "../../lib/order";

/** One producer's parcel of the order: its items, delivery, status and tracking. */
export function ShipmentCard({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = toShipmentStatus(shipment.status);
  return (
    <section className="rounded-xl border border-earth-200 bg-white p-4" data-testid="shipment" data-producer-id={shipment.producer.id} aria-labelledby={`shipment-${shipment.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`shipment-${shipment.id}`} className="font-semibold text-leaf-900">
          <Link to={producerPath(shipment.producer.slug)} className="underline-offset-4 hover:underline" data-testid="shipment-producer">
            {shipment.producer.name}
          </Link>
        </h3>
        <StatusBadge tone={shipmentTone(status)} testId="shipment-status" value={status}>
          {t(`order.shipmentStatus.${status}`)}
        </StatusBadge>
      </div>
      <ul className="mt-2 divide-y divide-earth-100 text-sm">
        {shipment.items.map((item, i) => (
          <li key={i} className="flex justify-between gap-2 py-1.5" data-testid="shipment-item">
            <span>
              {item.title} ({item.variant_title}) {t("order.quantity", { n: item.quantity })}
            </span>
            <span>{formatVnd(item.total)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-between gap-2 text-sm text-earth-800">
        <span>{t("order.shippingLine", { name: shipment.shipping_name ?? "" })}</span>
        <span data-testid="shipment-shipping">{formatShipping(shipment.shipping_total, t("cart.totals.free"))}</span>
      </p>
      {shipment.carrier && shipment.tracking_number ? (
        <p className="mt-1 text-sm text-earth-800">{t("order.tracking", { carrier: shipment.carrier, number: shipment.tracking_number })}</p>
      ) : null}
      {shipment.shipped_at ? <p className="mt-1 text-sm text-earth-800">{t("order.shippedAt", { date: formatDateTime(shipment.shipped_at, locale) })}</p> : null}
      <p className="mt-2 flex justify-between border-t border-earth-200 pt-2 font-semibold">
        <span>{t("cart.totals.total")}</span>
        <span>{formatVnd(shipment.total)}</span>
      </p>
    </section>
  );
}
