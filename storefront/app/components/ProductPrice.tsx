import { useTranslation } from "react-i18next";
import { formatVnd, isPriceRangeVaried, type PriceRange } from "../lib/money";

/** "150.000 ₫", or "từ 120.000 ₫" when the variants' prices differ. */
export function ProductPrice({ price, className = "" }: { price: PriceRange | null; className?: string }) {
  const { t } = useTranslation();
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
