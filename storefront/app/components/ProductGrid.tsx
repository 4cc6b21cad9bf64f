import type { ReactNode } from "react";
import type { ProductSummary } from "../lib/catalog";
import { ProductCard } from "./ProductCard";

/** A responsive grid of product cards (2 columns on a phone, up to 4). */
export function ProductGrid({
  products,
  empty,
  headingLevel,
}: {
  products: ProductSummary[];
  empty: ReactNode;
  headingLevel?: 2 | 3;
}) {
  if (products.length === 0) {
    return (
      <p className="mt-4 text-earth-800" data-testid="products-empty">
        {empty}
      </p>
    );
  }
  return (
    <ul role="list" className="mt-6 grid grid-cols-2 gap-3 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
