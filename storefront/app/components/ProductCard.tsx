import { useTranslation } from "../lib/translation";
import { Link } from "react-router";
import type { ProductSummary } from "../lib/catalog";
import { productPath } from "../lib/paths";
import { StarBadge } from "./ocop/StarBadge";
import { ProductImage } from "./ProductImage";
import { ProductPrice } from "./ProductPrice";
import { PinIcon } from "./PinIcon";
import { FairBadgeLink } from "./fair/FairBadgeLink";

/**
 * A product in a grid. The title link covers the whole card (its ::after
 * overlay), so the card is one click target and one tab stop. Stars only
 * while the product's OCOP certificate is in force.
 */
export function ProductCard({ product, headingLevel = 3, priority = false }: { product: ProductSummary; headingLevel?: 2 | 3; priority?: boolean }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article
      data-testid="product-card"
      data-handle={product.handle}
      className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-earth-200 bg-white shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-leaf-700 hover:shadow-md"
    >
      <ProductImage
        src={product.thumbnail}
        title={product.title}
        alt={product.title}
        sizes="(min-width: 1024px) 25vw, (min-width: 768px) 33vw, 50vw"
        priority={priority}
        className="transition-transform duration-300 group-hover:scale-[1.02]"
      />
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        <StarBadge stars={product.stars} size="sm" className="mb-1" />
        <Heading className="text-base leading-snug font-semibold text-leaf-900 sm:text-lg">
          <Link
            to={productPath(product.handle)}
            prefetch="intent"
            className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
          >
            {product.title}
          </Link>
        </Heading>
        {product.provinceName ? (
          <p className="text-sm text-earth-800">
            <PinIcon className="mr-1 text-earth-600" />
            <span className="sr-only">{t("origin.label")}: </span>
            <span data-testid="product-card-province">{product.provinceName}</span>
          </p>
        ) : null}
        {product.producer ? (
          <p className="text-sm text-earth-700">
            <span className="sr-only">{t("product.producer")}: </span>
            <span data-testid="product-card-producer">{product.producer.name}</span>
          </p>
        ) : null}
        {product.fair?.fair ? <FairBadgeLink fair={product.fair.fair} /> : null}
        <ProductPrice price={product.price} fair={product.fair} className="mt-auto pt-2 sm:text-lg" />
      </div>
    </article>
  );
}
