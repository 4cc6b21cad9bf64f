import { useTranslation } from "../lib/translation";
import { formatVnd, isPriceRangeVaried, type PriceRange } from "../lib/money";
import { discountLabel, type FairPriceView } from "../lib/fair-price";

/**
 * "150.000 ₫", or "từ 120.000 ₫" when the variants' prices differ. With a
 * fair price (a live trade fair): the usual price struck through, the fair
 * price and a "−N%" badge.
 */
export function ProductPrice({
  price,
  fair,
  className = "",
}: {
  price: PriceRange | null;
  fair?: FairPriceView;
  className?: string;
}) {
  const { t } = useTranslation();
  if (fair) return <FairPrice fair={fair} className={className} />;
  if (!price) {
    return (
      <p data-testid="product-price" className={`text-earth-700 ${className}`}>
        {t("product.priceUnavailable")}
      </p>
    );
  }
  const text = isPriceRangeVaried(price)
    ? t("product.priceFrom", { price: formatVnd(price.min) })
    : formatVnd(price.min);
  return (
    <p data-testid="product-price" className={`font-semibold text-earth-800 ${className}`}>
      {text}
    </p>
  );
}

function FairPrice({ fair, className }: { fair: FairPriceView; className: string }) {
  const { t } = useTranslation();
  return (
    <p data-testid="product-price" data-fair-price={fair.fairPrice} className={`flex flex-wrap items-baseline gap-x-2 ${className}`}>
      <span className="sr-only">{t("fair.price.regular")}: </span>
      <del data-testid="regular-price" className="text-sm font-normal text-earth-700">
        {formatVnd(fair.regularPrice)}
      </del>
      <span className="sr-only">{t("fair.price.fair")}: </span>
      <span data-testid="fair-price" className="font-bold text-lotus-700">
        {formatVnd(fair.fairPrice)}
      </span>
      <span
        data-testid="discount-badge"
        aria-label={t("fair.price.discountLabel", { percent: fair.discountPercent })}
        className="rounded-full bg-lotus-700 px-2 py-0.5 text-xs font-bold text-white"
      >
        {discountLabel(fair.discountPercent)}
      </span>
    </p>
  );
}
