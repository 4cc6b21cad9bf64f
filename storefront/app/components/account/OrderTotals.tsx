import { useTranslation } from "../../lib/translation";
import type { OrderView } from "../../lib/account-types";
import { formatVnd } from "../../lib/money";

/** The whole order's items, discount, shipping and total. */
export function OrderTotals({ order }: { order: Pick<OrderView, "item_total" | "discount_total" | "shipping_total" | "total"> }) {
  const { t } = useTranslation();
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-earth-800" data-testid="order-totals">
      <dt>{t("account.order.itemTotal")}</dt>
      <dd className="text-right">{formatVnd(order.item_total)}</dd>
      {order.discount_total > 0 ? (
        <>
          <dt>{t("account.order.discount")}</dt>
          <dd className="text-right">−{formatVnd(order.discount_total)}</dd>
        </>
      ) : null}
      <dt>{t("account.order.shipping")}</dt>
      <dd className="text-right">{formatVnd(order.shipping_total)}</dd>
      <dt className="text-lg font-bold text-leaf-950">{t("account.order.total")}</dt>
      <dd className="text-right text-lg font-bold text-leaf-950" data-testid="order-total">
        {formatVnd(order.total)}
      </dd>
    </dl>
  );
}
