import { useId, useState } from "react";
import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/product";
import { CertificatePanel } from "../../components/ocop/CertificatePanel";
import { OcopMark } from "../../components/ocop/OcopMark";
import { OriginTag } from "../../components/ocop/OriginTag";
import { StarBadge } from "../../components/ocop/StarBadge";
import { ProductImage } from "../../components/ProductImage";
import { notFound } from "../../lib/backend-errors.server";
import { metaDescriptionFor, type ProductDetail, type StockStatus, type VariantView } from "../../lib/catalog";
import { metaT, useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { localizedName, type GroupNode } from "../../lib/ocop";
import { groupPath, producerPath, PRODUCTS_PATH } from "../../lib/paths";
import { listGroups } from "../../lib/places.server";
import { getProductByHandle } from "../../lib/products.server";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { AddToCartForm } from "../../components/cart/AddToCartForm";
import { addToCartAction } from "../../lib/cart-actions.server";

export async function loader({ params }: Route.LoaderArgs) {
  const [product, groups] = await Promise.all([getProductByHandle(params.handle), listGroups()]);
  if (!product) throw notFound();
  return { product, breadcrumb: breadcrumbGroups(product, groups) };
}

/** "Thêm vào giỏ hàng": the chosen pack size and quantity (the cart is created on the first add). */
export async function action({ request, context }: Route.ActionArgs) {
  return addToCartAction(request, context);
}

/** The product's group and sub-group, with English names when there are. */
function breadcrumbGroups(product: ProductDetail, groups: GroupNode[]): GroupNode[] {
  const first = product.groups[0];
  if (!first) return [];
  const byHandle = new Map(groups.map((g) => [g.handle, g]));
  const node = (ref: { handle: string; name: string }, parentHandle: string | null): GroupNode =>
    byHandle.get(ref.handle) ?? { handle: ref.handle, name: ref.name, nameEn: null, parentHandle };
  const leaf = node(first, first.parent?.handle ?? null);
  return first.parent ? [node(first.parent, null), leaf] : [leaf];
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  if (!loaderData) return [{ title: t("errors.notFound.metaTitle") }];
  const { product } = loaderData;
  const description = metaDescriptionFor(product) ?? t("home.metaDescription");
  const title = t("product.metaTitle", { title: product.title });
  return [
    { title },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:type", content: "product" },
    ...(product.thumbnail ? [{ property: "og:image", content: product.thumbnail }] : []),
  ];
};

function StockBadge({ stock }: { stock: StockStatus }) {
  const { t } = useTranslation();
  if (stock === "unknown") return null;
  const inStock = stock === "in_stock";
  return (
    <p
      data-testid="product-stock"
      data-stock={stock}
      className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-semibold ${
        inStock ? "bg-leaf-100 text-leaf-900" : "bg-earth-100 text-lotus-700"
      }`}
    >
      <span aria-hidden="true">{inStock ? "●" : "○"}</span>
      {inStock ? t("product.inStock") : t("product.outOfStock")}
    </p>
  );
}

function VariantPicker({
  variants,
  selectedId,
  onSelect,
  formId,
}: {
  variants: VariantView[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** The add-to-cart form the radios belong to (posted without JavaScript too). */
  formId: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="mt-6" data-testid="product-variants">
      <legend className="mb-2 font-semibold text-leaf-900">{t("product.variantsLabel")}</legend>
      <div className="flex flex-col gap-2">
        {variants.map((variant) => {
          const checked = variant.id === selectedId;
          return (
            <label
              key={variant.id}
              className={`flex cursor-pointer items-center justify-between gap-4 rounded-lg border px-4 py-3 ${
                checked ? "border-leaf-700 bg-leaf-50 ring-1 ring-leaf-700" : "border-earth-200 bg-white hover:border-leaf-600"
              }`}
            >
              <span className="flex items-center gap-3">
                <input
                  type="radio"
                  name="variant_id"
                  form={formId}
                  value={variant.id}
                  checked={checked}
                  onChange={() => onSelect(variant.id)}
                  className="h-4 w-4 accent-leaf-700"
                />
                <span className="font-medium">{variant.title}</span>
              </span>
              <span className="text-earth-800" data-testid="variant-price">
                {variant.price === null ? t("product.priceUnavailable") : formatVnd(variant.price)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * The main image, and a row of thumbnails when there are several: choosing
 * one shows it large (the first image is shown without JavaScript).
 */
function Gallery({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const images = product.images;
  const main = images[index] ?? images[0] ?? null;
  return (
    <div aria-label={t("product.gallery")} role="group" data-testid="product-gallery">
      <div className="overflow-hidden rounded-2xl border border-earth-200">
        <ProductImage
          src={main}
          title={product.title}
          alt={main ? (index === 0 ? product.title : t("product.imageAlt", { title: product.title, n: index + 1 })) : t("product.noImage")}
          priority
          sizes="(min-width: 768px) 50vw, 100vw"
        />
      </div>
      {images.length > 1 ? (
        <ul role="list" className="mt-3 grid grid-cols-4 gap-2 sm:grid-cols-5">
          {images.map((src, i) => (
            <li key={src}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-pressed={i === index}
                aria-label={t("product.imageAlt", { title: product.title, n: i + 1 })}
                className={`block w-full overflow-hidden rounded-lg border-2 ${
                  i === index ? "border-leaf-700" : "border-earth-200 hover:border-leaf-600"
                }`}
              >
                <ProductImage src={src} title={product.title} alt="" sizes="20vw" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export default function ProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { product, breadcrumb } = loaderData;
  const [selectedId, setSelectedId] = useState(actionData?.variantId || product.variants[0]?.id);
  const cartFormId = useId();
  const selected = product.variants.find((v) => v.id === selectedId) ?? product.variants[0];
  const price = selected?.price ?? null;
  const originHints = [
    product.ocop.certificate?.producer_address,
    ...product.ocop.history.map((entry) => entry.producer_address),
    product.subtitle,
    product.title,
  ];

  return (
    <article data-testid="product-detail" data-product-id={product.id} data-handle={product.handle}>
      <Breadcrumbs
        trail={[
          { label: t("product.allProducts"), to: PRODUCTS_PATH },
          ...breadcrumb.map((group) => ({ label: localizedName(group, locale), to: groupPath(group.handle) })),
        ]}
        current={product.title}
      />

      <div className="grid gap-8 md:grid-cols-2">
        <Gallery product={product} />

        <div>
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <StarBadge stars={product.ocop.stars} />
            <OcopMark isOcop={product.ocop.stars !== null} />
          </div>
          <h1 className="text-3xl font-bold leading-tight text-leaf-900 sm:text-4xl">{product.title}</h1>
          {product.subtitle ? <p className="mt-2 text-lg text-earth-800">{product.subtitle}</p> : null}

          <OriginTag origin={product.origin} hints={originHints} className="mt-4" />
          {product.producer ? (
            <p className="mt-2 text-earth-800">
              {t("product.producer")}:{" "}
              <Link
                to={producerPath(product.producer.slug)}
                data-testid="producer-link"
                className="font-semibold text-leaf-800 underline underline-offset-4"
              >
                {product.producer.name}
              </Link>{" "}
              <span className="text-sm text-earth-700">({t(`producerType.${product.producer.type}`)})</span>
            </p>
          ) : null}

          <p data-testid="product-price" aria-live="polite" className="mt-6 text-3xl font-bold text-earth-800">
            {price === null ? t("product.priceUnavailable") : formatVnd(price)}
          </p>
          {selected ? (
            <div className="mt-3">
              <StockBadge stock={selected.stock} />
            </div>
          ) : null}

          {product.variants.length > 1 ? (
            <VariantPicker variants={product.variants} selectedId={selected?.id} onSelect={setSelectedId} formId={cartFormId} />
          ) : null}
          <AddToCartForm formId={cartFormId} productTitle={product.title} variants={product.variants} selected={selected} outcome={actionData} />

          {product.description ? (
            <section aria-labelledby="product-description-title" className="mt-8">
              <h2 id="product-description-title" className="text-xl font-semibold text-leaf-900">
                {t("product.description")}
              </h2>
              <p className="mt-2 whitespace-pre-line leading-relaxed text-leaf-950">{product.description}</p>
            </section>
          ) : null}
        </div>
      </div>

      <div className="mt-10 max-w-3xl">
        <CertificatePanel
          stars={product.ocop.stars}
          status={product.ocop.status}
          certificate={product.ocop.certificate}
          history={product.ocop.history}
        />
      </div>
    </article>
  );
}
