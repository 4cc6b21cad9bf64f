import { useTranslation } from "../../lib/translation";
import { useLocation } from "react-router";
import type { Route } from "./+types/products";
import { ProductFilterForm } from "../../components/FilterForm";
import { Pagination } from "../../components/Pagination";
import { ProductGrid } from "../../components/ProductGrid";
import {
  hasProductFilters,
  pageCount,
  parsePage,
  parseProductFilters,
  productFiltersToSearchParams,
  withSearch,
} from "../../lib/filters";
import { metaT } from "../../lib/locale";
import { PRODUCTS_PATH } from "../../lib/paths";
import { listGroups, listProvinces } from "../../lib/places.server";
import { LIST_ORDER, listProducts } from "../../lib/products.server";

const PAGE_SIZE = 24;

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const filters = parseProductFilters(params);
  const page = parsePage(params);
  const [result, provinces, groups] = await Promise.all([
    listProducts({ filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, order: LIST_ORDER }),
    listProvinces(),
    listGroups(),
  ]);
  return {
    filters,
    page,
    pages: pageCount(result.count, PAGE_SIZE),
    count: result.count,
    products: result.products,
    provinces,
    groups,
  };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [
    { title: t("productList.metaTitle") },
    { name: "description", content: t("productList.metaDescription") },
  ];
};

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { filters, page, pages, count, products, provinces, groups } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold text-leaf-900">{t("productList.heading")}</h1>
      <div className="mt-4">
        <ProductFilterForm
          // Re-mount on navigation so the fields show the URL's filters.
          key={location.search}
          action={PRODUCTS_PATH}
          stars={filters.stars}
          province={filters.province}
          group={filters.group}
          producerTypes={filters.producerTypes}
          provinces={provinces}
          groups={groups}
          canClear={hasProductFilters(filters)}
        />
      </div>
      <section aria-labelledby="results-title" className="mt-8">
        <h2 id="results-title" className="text-lg font-semibold text-earth-800" data-testid="result-count" aria-live="polite">
          <span className="sr-only">{t("productList.resultsHeading")}: </span>
          {t("productList.resultCount", { n: count })}
        </h2>
        <ProductGrid products={products} empty={t("productList.empty")} />
        <Pagination
          page={page}
          pages={pages}
          hrefFor={(n) => withSearch(PRODUCTS_PATH, productFiltersToSearchParams(filters, n))}
        />
      </section>
    </>
  );
}
