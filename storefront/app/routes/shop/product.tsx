import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Route } from "./+types/product";
import { ProductImage } from "../../components/ProductImage";
import { getFixedT } from "../../i18n";
import { DEFAULT_LOCALE, normalizeLocale } from "../../i18n/locales";
import { notFound } from "../../lib/backend-errors.server";
import { metaDescriptionFor, type StockStatus, type VariantView } from "../../lib/catalog";
import { formatVnd } from "../../lib/money";
import { HOME_PATH } from "../../lib/paths";
import { getProductByHandle } from "../../lib/products.server";

export async function loader({ params }: Route.LoaderArgs) {
  const product = await getProductByHandle(params.handle);
  if (!product) throw notFound();
  return { product };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const rootData = matches[0]?.loaderData as { locale?: string } | undefined;
  const t = getFixedT(normalizeLocale(rootData?.locale) ?? DEFAULT_LOCALE);
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
}: {
  variants: VariantView[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
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
                  name={name}
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

export default function ProductPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { product } = loaderData;
  const [selectedId, setSelectedId] = useState(product.variants[0]?.id);
  const selected = product.variants.find((v) => v.id === selectedId) ?? product.variants[0];
  const price = selected?.price ?? null;

  return (
    <article data-testid="product-detail">
      <nav aria-label={t("product.breadcrumbLabel")} className="mb-6 text-sm">
        <ol className="flex flex-wrap items-center gap-2 text-earth-800">
          <li>
            <Link to={HOME_PATH} className="text-leaf-800 underline underline-offset-4">
              {t("nav.home")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="font-medium text-leaf-950">
            {product.title}
          </li>
        </ol>
      </nav>

      <div className="grid gap-8 md:grid-cols-2">
        <div className="overflow-hidden rounded-2xl border border-earth-200">
          <ProductImage
            src={product.thumbnail}
            title={product.title}
            alt={product.thumbnail ? product.title : t("product.noImage")}
            loading="eager"
            sizes="(min-width: 768px) 50vw, 100vw"
          />
        </div>

        <div>
          <h1 className="text-3xl font-bold leading-tight text-leaf-900 sm:text-4xl">{product.title}</h1>
          {product.subtitle ? <p className="mt-2 text-lg text-earth-800">{product.subtitle}</p> : null}

          <p data-testid="product-price" aria-live="polite" className="mt-6 text-3xl font-bold text-earth-800">
            {price === null ? t("product.priceUnavailable") : formatVnd(price)}
          </p>
          {selected ? (
            <div className="mt-3">
              <StockBadge stock={selected.stock} />
            </div>
          ) : null}

          {product.variants.length > 1 ? (
            <VariantPicker variants={product.variants} selectedId={selected?.id} onSelect={setSelectedId} />
          ) : null}

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
    </article>
  );
}
