import { useTranslation } from "../../lib/translation";
import { formatShipping } from "../../lib/cart";
import { formatVnd } from "../../lib/money";

export interface Totals {
  item_total: number;
  discount_total: number;
  shipping_total: number;
  total: number;
}

/**
 * Items, discount, shipping and total. `shippingKnown` false (the cart page,
 * before delivery is chosen) says shipping is chosen at checkout.
 */
export function CartTotals({ totals, shippingKnown = true }: { totals: Totals; shippingKnown?: boolean }) {
  const { t } = useTranslation();
  const row = "flex items-baseline justify-between gap-4 py-1";
  return (
    <dl className="text-leaf-950" data-testid="cart-totals">
      <div className={row}>
        <dt>{t("cart.totals.items")}</dt>
        <dd data-testid="total-items">{formatVnd(totals.item_total)}</dd>
      </div>
      {totals.discount_total > 0 ? (
        <div className={`${row} text-leaf-800`}>
          <dt>{t("cart.totals.discount")}</dt>
          <dd data-testid="total-discount">−{formatVnd(totals.discount_total)}</dd>
        </div>
      ) : null}
      <div className={row}>
        <dt>{t("cart.totals.shipping")}</dt>
        <dd data-testid="total-shipping">
          {shippingKnown ? formatShipping(totals.shipping_total, t("cart.totals.free")) : t("cart.totals.shippingLater")}
        </dd>
      </div>
      <div className={`${row} mt-1 border-t border-earth-200 pt-2 text-lg font-bold`}>
        <dt>{t("cart.totals.total")}</dt>
        <dd data-testid="total-total">{formatVnd(totals.total)}</dd>
      </div>
    </dl>
  );
}
