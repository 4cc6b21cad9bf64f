import { useTranslation } from "../../lib/translation";
import type { BoothProduct } from "../../lib/fair-portal-types";
import { formatVnd } from "../../lib/money";

/** The fair deal of a booth product: "Giá hội chợ 120.000 ₫" or "Giảm 15 %", with the regular price. */
export function DealText({ product }: { product: BoothProduct }) {
  const { t } = useTranslation();
  const regular = product.regular_price ? t("fairPortal.deal.regular", { price: formatVnd(product.regular_price) }) : null;
  const deal =
    product.fair_price != null
      ? t("fairPortal.deal.price", { price: formatVnd(product.fair_price) })
      : product.discount_percent != null
        ? t("fairPortal.deal.discount", { percent: product.discount_percent })
        : t("fairPortal.deal.none");
  return (
    <span className="text-sm text-earth-800" data-testid="booth-deal">
      {deal}
      {regular ? ` · ${regular}` : ""}
    </span>
  );
}

/** A booth's products with their deal (read only). */
export function BoothProducts({ products }: { products: ReadonlyArray<BoothProduct> }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-1" data-testid="booth-products">
      {products.map((product) => (
        <li key={product.id} className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-medium text-leaf-950">{product.title}</span>
          <DealText product={product} />
          {product.featured ? <span className="text-sm font-semibold text-leaf-800">★ {t("fairPortal.booths.featured")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
