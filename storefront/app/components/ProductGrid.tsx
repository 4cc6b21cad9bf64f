import type { ReactNode } from "react";
import type { ProductSummary } from "../lib/catalog";
import { ProductCard } from "./ProductCard";

const DEFAULT_COLUMNS = "md:grid-cols-3 lg:grid-cols-4";

/**
 * A responsive grid of product cards (2 columns on a phone, up to 4; pass
 * `columns` for a grid beside a sidebar).
 */
/** Skipped by layout while off screen; the reserved height keeps the scrollbar and page length steady. */
export const OFFSCREEN_CARD = "[content-visibility:auto] [contain-intrinsic-size:auto_22rem]";

/** The first row on a phone: its pictures are what a shopper sees first. */
export const FIRST_ROW = 2;

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
      {products.map((product, index) => (
        // Cards below the fold are laid out only when scrolled to: a phone paints the first screen sooner.
        <li key={product.id} className={OFFSCREEN_CARD}>
          <ProductCard product={product} headingLevel={headingLevel} priority={index < FIRST_ROW} />
        </li>
      ))}
    </ul>
  );
}
