/**
 * Plain view models for products, and the pure functions that build them from
 * Medusa store products. Shared by server loaders and client components: only
 * type imports from @medusajs/types here, never the SDK.
 */
import type { HttpTypes } from "@medusajs/types";
import { priceRange, type PriceRange } from "./money";

export type StockStatus = "in_stock" | "out_of_stock" | "unknown";

export interface VariantView {
  id: string;
  title: string;
  /** Calculated price in whole đồng, or null when the variant has no price. */
  price: number | null;
  stock: StockStatus;
}

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  price: PriceRange | null;
}

export interface ProductDetail extends ProductSummary {
  description: string | null;
  variants: VariantView[];
}

type VariantLike = Pick<
  HttpTypes.StoreProductVariant,
  "manage_inventory" | "allow_backorder" | "inventory_quantity"
>;

/**
 * Stock as far as the storefront can know it:
 * - inventory not managed, or back-orders allowed → in stock;
 * - a known inventory quantity → in stock when above zero;
 * - otherwise unknown (the page then says nothing about stock).
 */
export function variantStockStatus(variant: Partial<VariantLike>): StockStatus {
  if (variant.manage_inventory === false) return "in_stock";
  if (variant.allow_backorder === true) return "in_stock";
  if (typeof variant.inventory_quantity === "number") {
    return variant.inventory_quantity > 0 ? "in_stock" : "out_of_stock";
  }
  return "unknown";
}

function variantPrice(variant: HttpTypes.StoreProductVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount;
  return typeof amount === "number" && Number.isFinite(amount) ? amount : null;
}

function productImage(product: HttpTypes.StoreProduct): string | null {
  return product.thumbnail || product.images?.find((image) => image?.url)?.url || null;
}

function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function toProductSummary(product: HttpTypes.StoreProduct): ProductSummary {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: emptyToNull(product.subtitle),
    thumbnail: productImage(product),
    price: priceRange(product.variants),
  };
}

export function toProductDetail(product: HttpTypes.StoreProduct): ProductDetail {
  const variants = [...(product.variants ?? [])]
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    .map<VariantView>((variant) => ({
      id: variant.id,
      title: variant.title ?? "",
      price: variantPrice(variant),
      stock: variantStockStatus(variant),
    }));
  return {
    ...toProductSummary(product),
    description: emptyToNull(product.description),
    variants,
  };
}

/**
 * A short plain-text description for <meta name="description">: the subtitle,
 * else the description cut at a word boundary near `max` characters.
 */
export function metaDescriptionFor(
  product: Pick<ProductDetail, "subtitle" | "description">,
  max = 160,
): string | null {
  const source = product.subtitle ?? product.description;
  if (!source) return null;
  const text = source.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
