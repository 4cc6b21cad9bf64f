import type { ReactNode } from "react";
import type { ProductSummary } from "../lib/catalog";
import { ProductCard } from "./ProductCard";

const DEFAULT_COLUMNS = "md:grid-cols-3 lg:grid-cols-4";

/**
 * A responsive grid of product cards (2 columns on a phone, up to 4; pass
 * `columns` for a grid beside a sidebar).
 */
export function ProductGrid({
  products,
  empty,
  headingLevel,
  columns = DEFAULT_COLUMNS,
  testId,
}: {
  products: ProductSummary[];
  empty: ReactNode;
  headingLevel?: 2 | 3;
  columns?: string;
  testId?: string;
}) {
  if (products.length === 0) {
    return (
      <p className="mt-4 text-earth-800" data-testid="products-empty">
        {empty}
      </p>
    );
  }
  return (
    <ul role="list" data-testid={testId} className={`mt-6 grid grid-cols-2 gap-3 sm:gap-6 ${columns}`}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
