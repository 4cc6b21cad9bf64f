/**
 * Plain view models for products, and the pure functions that build them from
 * the backend's OCOP store API (/store/ocop/products). Shared by server
 * loaders and client components: no SDK import here.
 */
import type { FairPriceView } from "./fair-price";
import type { PriceRange } from "./money";
import {
  shownStars,
  type ApiOcopProduct,
  type ApiVariant,
  type OcopCertificate,
  type OcopHistoryEntry,
  type OcopStars,
  type OcopStatus,
  type Origin,
  type ProducerType,
  type ProductGroupRef,
} from "./ocop";

export type StockStatus = "in_stock" | "out_of_stock" | "unknown";

export interface VariantView {
  id: string;
  title: string;
  /** Price in whole đồng, or null when the variant has no price. */
  price: number | null;
  stock: StockStatus;
}

export interface ProducerLink {
  slug: string;
  name: string;
  type: ProducerType;
}

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  price: PriceRange | null;
  /** 3–5 while a certificate is in force, else null (no badge, no OCOP mark). */
  stars: OcopStars | null;
  provinceName: string | null;
  producer: ProducerLink | null;
  /** Set only while a live trade fair sells it at a lower price (see lib/fair-price.ts). */
  fair?: FairPriceView;
}

/** What the product page shows about OCOP: stars only come with a certificate in force. */
export interface OcopView {
  stars: OcopStars | null;
  status: OcopStatus;
  certificate: OcopCertificate | null;
  history: OcopHistoryEntry[];
}

export interface ProductDetail extends ProductSummary {
  description: string | null;
  images: string[];
  variants: VariantView[];
  groups: ProductGroupRef[];
  origin: Origin;
  ocop: OcopView;
}

/**
 * Stock as far as the storefront can know it: in stock when the backend says
 * so; out of stock when it knows the quantity (none left); otherwise unknown
 * (the page then says nothing about stock).
 */
export function variantStockStatus(variant: Pick<ApiVariant, "in_stock" | "inventory_quantity">): StockStatus {
  if (variant.in_stock === true) return "in_stock";
  if (typeof variant.inventory_quantity === "number") return "out_of_stock";
  return "unknown";
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function productImage(product: Pick<ApiOcopProduct, "thumbnail" | "images">): string | null {
  return emptyToNull(product.thumbnail) ?? product.images?.find((url) => emptyToNull(url)) ?? null;
}

function priceOf(product: Pick<ApiOcopProduct, "price">): PriceRange | null {
  const min = finiteOrNull(product.price?.min);
  const max = finiteOrNull(product.price?.max);
  if (min === null || max === null) return null;
  return { min, max };
}

export function toProductSummary(product: ApiOcopProduct): ProductSummary {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: emptyToNull(product.subtitle),
    thumbnail: productImage(product),
    price: priceOf(product),
    stars: shownStars(product.ocop),
    provinceName: product.origin?.province?.name ?? null,
    producer: product.producer
      ? { slug: product.producer.slug, name: product.producer.name, type: product.producer.type }
      : null,
  };
}

export function toProductDetail(product: ApiOcopProduct): ProductDetail {
  const stars = shownStars(product.ocop);
  const images = (product.images ?? []).filter((url): url is string => Boolean(emptyToNull(url)));
  const thumbnail = productImage(product);
  return {
    ...toProductSummary(product),
    description: emptyToNull(product.description),
    images: images.length ? images : thumbnail ? [thumbnail] : [],
    // Already in the shop's order: the first is the default pack.
    variants: (product.variants ?? []).map<VariantView>((variant) => ({
      id: variant.id,
      title: variant.title ?? "",
      price: finiteOrNull(variant.price),
      stock: variantStockStatus(variant),
    })),
    groups: product.groups ?? [],
    origin: product.origin ?? { province: null, commune: null, region: null },
    ocop: {
      stars,
      status: product.ocop?.status ?? "none",
      // A certificate without shown stars is not "in force" for the shopper.
      certificate: stars !== null ? product.ocop.certificate ?? null : null,
      history: product.ocop?.history ?? [],
    },
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
