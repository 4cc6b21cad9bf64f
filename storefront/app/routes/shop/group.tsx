import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/group";
import { Pagination } from "../../components/Pagination";
import { ProductGrid } from "../../components/ProductGrid";
import { notFound } from "../../lib/backend-errors.server";
import {
  EMPTY_PRODUCT_FILTERS,
  pageCount,
  PAGE_PARAM,
  parsePage,
  productFiltersToSearchParams,
  withSearch,
} from "../../lib/filters";
import { localeOfMatches, metaT, useLocale } from "../../lib/locale";
import { childGroups, localizedName } from "../../lib/ocop";
import { groupPath, PRODUCTS_PATH } from "../../lib/paths";
import { listGroups } from "../../lib/places.server";
import { LIST_ORDER, listProducts } from "../../lib/products.server";
import { Breadcrumbs } from "../../components/Breadcrumbs";

const PAGE_SIZE = 24;

export async function loader({ params, request }: Route.LoaderArgs) {
  const groups = await listGroups();
  const group = groups.find((g) => g.handle === params.handle);
  if (!group) throw notFound();
  const page = parsePage(new URL(request.url).searchParams);
  const result = await listProducts({
    filters: { ...EMPTY_PRODUCT_FILTERS, group: group.handle },
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
    order: LIST_ORDER,
  });
  const parent = group.parentHandle ? groups.find((g) => g.handle === group.parentHandle) ?? null : null;
  // A group lists its sub-groups; a sub-group lists its siblings.
  const related = childGroups(groups, parent ? parent.handle : group.handle);
  return {
    group,
    parent,
    related,
    products: result.products,
    count: result.count,
    page,
    pages: pageCount(result.count, PAGE_SIZE),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  if (!loaderData) return [{ title: t("errors.notFound.metaTitle") }];
  const name = localizedName(loaderData.group, localeOfMatches(matches));
  return [
    { title: t("group.metaTitle", { name }) },
    { name: "description", content: t("productList.metaDescription") },
  ];
};

export default function GroupPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { group, parent, related, products, count, page, pages } = loaderData;
  const chip = "block rounded-full border px-3 py-1.5 text-sm font-semibold";
  return (
    <>
      <Breadcrumbs
        className="mb-4"
        trail={[
          { label: t("product.allProducts"), to: PRODUCTS_PATH },
          ...(parent ? [{ label: localizedName(parent, locale), to: groupPath(parent.handle) }] : []),
        ]}
        current={localizedName(group, locale)}
      />
      <h1 className="text-3xl font-bold text-leaf-900">{localizedName(group, locale)}</h1>

      {related.length ? (
        <nav aria-label={t("group.subgroups")} className="mt-4">
          <ul role="list" className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-2 sm:mx-0 sm:flex-wrap sm:px-0">
            {parent ? (
              <li className="shrink-0">
                <Link to={groupPath(parent.handle)} className={`${chip} border-earth-300 bg-white text-leaf-800 hover:bg-leaf-50`}>
                  {t("filters.wholeGroup", { name: localizedName(parent, locale) })}
                </Link>
              </li>
            ) : null}
            {related.map((child) => {
              const current = child.handle === group.handle;
              return (
                <li key={child.handle} className="shrink-0">
                  <Link
                    to={groupPath(child.handle)}
                    aria-current={current ? "page" : undefined}
                    className={`${chip} ${
                      current ? "border-leaf-700 bg-leaf-700 text-white" : "border-earth-300 bg-white text-leaf-800 hover:bg-leaf-50"
                    }`}
                  >
                    {localizedName(child, locale)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}

      <p className="mt-3">
        <Link
          to={withSearch(PRODUCTS_PATH, productFiltersToSearchParams({ group: group.handle }))}
          className="font-semibold text-leaf-800 underline underline-offset-4"
        >
          {t("group.filterMore")} →
        </Link>
      </p>

      <section aria-labelledby="group-products" className="mt-6">
        <h2 id="group-products" className="text-lg font-semibold text-earth-800" data-testid="result-count">
          {t("productList.resultCount", { n: count })}
        </h2>
        <ProductGrid products={products} empty={t("productList.empty")} />
        <Pagination
          page={page}
          pages={pages}
          hrefFor={(n) => (n > 1 ? `${groupPath(group.handle)}?${PAGE_PARAM}=${n}` : groupPath(group.handle))}
        />
      </section>
    </>
  );
}
