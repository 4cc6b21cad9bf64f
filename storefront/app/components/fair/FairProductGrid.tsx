import type { ReactNode } from "react";
import { useTranslation } from "../../lib/translation";
import type { FairProduct } from "../../lib/fair";
import { ProductCard } from "../ProductCard";
import { FIRST_ROW, OFFSCREEN_CARD } from "../ProductGrid";

/** A fair's products (featured first, as given): the usual cards, fair price while live, and a "Nổi bật" tag. */
export function FairProductGrid({ products, empty }: { products: FairProduct[]; empty: ReactNode }) {
  const { t } = useTranslation();
  if (products.length === 0) {
    return (
      <p className="mt-4 text-earth-800" data-testid="products-empty">
        {empty}
      </p>
    );
  }
  return (
    <ul role="list" data-testid="fair-products" className="mt-4 grid grid-cols-2 gap-3 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className={`relative ${OFFSCREEN_CARD}`} data-featured={product.featured ? "true" : undefined}>
          {product.featured ? (
            <span
              data-testid="featured-tag"
              className="pointer-events-none absolute top-2 left-2 z-10 rounded-full bg-amber-500 px-2 py-0.5 text-xs font-bold text-amber-950 shadow"
            >
              {t("fair.page.featured")}
            </span>
          ) : null}
          <ProductCard product={product} priority={index < FIRST_ROW} />
        </li>
      ))}
    </ul>
  );
}
