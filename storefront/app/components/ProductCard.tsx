import { Link } from "react-router";
import type { ProductSummary } from "../lib/catalog";
import { productPath } from "../lib/paths";
import { ProductImage } from "./ProductImage";
import { ProductPrice } from "./ProductPrice";

/**
 * A product in the home page grid. The title link covers the whole card
 * (its ::after overlay), so the card is one click target and one tab stop.
 */
export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article
      data-testid="product-card"
      className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-earth-200 bg-white shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-leaf-700 hover:shadow-md"
    >
      <ProductImage
        src={product.thumbnail}
        title={product.title}
        alt=""
        sizes="(min-width: 1024px) 25vw, (min-width: 768px) 33vw, 50vw"
        className="transition-transform duration-300 group-hover:scale-[1.02]"
      />
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        <h3 className="text-base leading-snug font-semibold text-leaf-900 sm:text-lg">
          <Link
            to={productPath(product.handle)}
            prefetch="intent"
            className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
          >
            {product.title}
          </Link>
        </h3>
        {product.subtitle ? <p className="text-sm text-earth-700">{product.subtitle}</p> : null}
        <ProductPrice price={product.price} className="mt-auto pt-2 sm:text-lg" />
      </div>
    </article>
  );
}
