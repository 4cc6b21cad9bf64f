import { useTranslation } from "../../lib/translation";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/province";
import { Pagination } from "../../components/Pagination";
import { ProductGrid } from "../../components/ProductGrid";
import { notFound } from "../../lib/backend-errors.server";
import { EMPTY_PRODUCT_FILTERS, pageCount, PAGE_PARAM, parsePage, producerFiltersToSearchParams, withSearch } from "../../lib/filters";
import { metaT } from "../../lib/locale";
import { resolveProvinceSlug } from "../../lib/ocop";
import { PRODUCERS_PATH, provincePath, PROVINCES_PATH } from "../../lib/paths";
import { listProvinces } from "../../lib/places.server";
import { LIST_ORDER, listProducts } from "../../lib/products.server";

const PAGE_SIZE = 24;

export async function loader({ params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const resolved = resolveProvinceSlug(await listProvinces(), params.slug);
  if (!resolved) throw notFound();
  // "/tinh-thanh/Bạc Liêu" or "/tinh-thanh/96" → the page's one address.
  if (resolved.canonicalSlug !== params.slug) {
    throw redirect(`${provincePath(resolved.canonicalSlug)}${url.search}`, 301);
  }
  const page = parsePage(url.searchParams);
  // The backend accepts old slugs too; ask for the current province's slug.
  const result = await listProducts({
    filters: { ...EMPTY_PRODUCT_FILTERS, province: resolved.province.slug },
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
    order: LIST_ORDER,
  });
  return {
    province: resolved.province,
    formerName: resolved.formerName,
    slug: resolved.canonicalSlug,
    products: result.products,
    count: result.count,
    page,
    pages: pageCount(result.count, PAGE_SIZE),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  if (!loaderData) return [{ title: t("errors.notFound.metaTitle") }];
  const name = loaderData.formerName ?? loaderData.province.name;
  return [
    { title: t("province.metaTitle", { name }) },
    { name: "description", content: t("provinces.metaDescription") },
  ];
};

export default function ProvincePage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { province, formerName, slug, products, count, page, pages } = loaderData;
  return (
    <>
      <nav aria-label={t("product.breadcrumbLabel")} className="mb-4 text-sm">
        <Link to={PROVINCES_PATH} className="text-leaf-800 underline underline-offset-4">
          ← {t("province.allProvinces")}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold text-leaf-900">
        {t("province.heading", { name: formerName ?? province.name })}
      </h1>
      {formerName ? (
        <div
          data-testid="province-merged-notice"
          className="mt-4 rounded-xl border border-leaf-200 bg-leaf-50 p-4 text-leaf-950"
        >
          <p className="text-lg font-semibold">{t("province.mergedNotice", { old: formerName, current: province.name })}</p>
          <p className="mt-1">
            {t("province.mergedLead", { old: formerName, current: province.name })}{" "}
            <Link to={provincePath(province.slug)} className="font-semibold text-leaf-800 underline underline-offset-4">
              {province.full_name}
            </Link>
          </p>
        </div>
      ) : province.former_names.length ? (
        <p className="mt-2 text-earth-800">{t("provinces.formerNames", { names: province.former_names.join(", ") })}</p>
      ) : null}
      <p className="mt-3">
        <Link
          to={withSearch(PRODUCERS_PATH, producerFiltersToSearchParams({ province: province.slug }))}
          className="font-semibold text-leaf-800 underline underline-offset-4"
        >
          {t("province.producersLink", { name: province.name })} →
        </Link>
      </p>
      <section aria-labelledby="province-products" className="mt-6">
        <h2 id="province-products" className="text-lg font-semibold text-earth-800" data-testid="result-count">
          {t("productList.resultCount", { n: count })}
        </h2>
        <ProductGrid products={products} empty={t("productList.empty")} />
        <Pagination
          page={page}
          pages={pages}
          hrefFor={(n) => (n > 1 ? `${provincePath(slug)}?${PAGE_PARAM}=${n}` : provincePath(slug))}
        />
      </section>
    </>
  );
}
