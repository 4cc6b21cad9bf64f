import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "../../lib/translation";
import { data, Link, redirect, useLocation, useNavigate, useNavigation } from "react-router";
import type { Route } from "./+types/search";
import { Pagination } from "../../components/Pagination";
import { ProductGrid } from "../../components/ProductGrid";
import {
  FilterChips,
  FiltersPanel,
  FiltersToggle,
  SearchFacetForm,
  SortSelect,
  type FacetNames,
} from "../../components/SearchFilters";
import { pageCount } from "../../lib/filters";
import { metaT, useLocale } from "../../lib/locale";
import { localizedName, resolveProvinceSlug } from "../../lib/ocop";
import { SEARCH_PATH } from "../../lib/paths";
import { listGroups, listProvinces } from "../../lib/places.server";
import {
  clearFiltersHref,
  filterChips,
  formDataToSearchParams,
  hasSearchFilters,
  parseSearchState,
  queryHref,
  SEARCH_PAGE_SIZE,
  searchHref,
  type SearchResult,
  type SearchState,
} from "../../lib/search";
import { searchProducts } from "../../lib/search.server";

const FILTER_FORM_ID = "search-filters-form";

export async function loader({ request }: Route.LoaderArgs) {
  const state = parseSearchState(new URL(request.url).searchParams);
  // Nothing asked yet: the page just invites a search.
  if (!state.q && !hasSearchFilters(state)) {
    return { state, result: null, error: null, pages: 1, selectedProvince: null, groupNames: {} };
  }
  const [outcome, provinces, groups] = await Promise.all([
    searchProducts(state, SEARCH_PAGE_SIZE),
    state.province ? listProvinces() : Promise.resolve([]),
    listGroups(),
  ]);
  if (!outcome.ok) {
    return data(
      { state, result: null, error: outcome.message, pages: 1, selectedProvince: null, groupNames: {} },
      { status: 400 },
    );
  }
  const { result } = outcome;
  const pages = pageCount(result.count, SEARCH_PAGE_SIZE);
  // "?trang=9" past the last page (the results changed since the link was made): go to the last one.
  if (state.page > pages && result.count > 0) throw redirect(searchHref({ ...state, page: pages }));

  const resolved = state.province ? resolveProvinceSlug(provinces, state.province) : null;
  const selectedProvince = resolved
    ? { slug: resolved.province.slug, name: resolved.province.name, formerName: resolved.formerName }
    : null;
  // English names for the groups on this page (the search API names them in Vietnamese).
  const wanted = new Set([...result.facets.group.map((g) => g.handle), ...(state.group ? [state.group] : [])]);
  const groupNames = Object.fromEntries(
    groups.filter((g) => wanted.has(g.handle)).map((g) => [g.handle, { name: g.name, nameEn: g.nameEn }]),
  );
  return { state, result, error: null, pages, selectedProvince, groupNames };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  const q = loaderData?.state.q;
  return [
    { title: q ? t("search.metaTitle", { q }) : t("search.metaTitleNoQuery") },
    { name: "description", content: t("search.metaDescription") },
    // Result pages are endless combinations: keep them out of search engines.
    { name: "robots", content: "noindex" },
  ];
};

/**
 * The state the filters show: the one just chosen (so a ticked box stays
 * ticked at once), else the URL being loaded, else the page's URL.
 */
function useShownState(loaded: SearchState): [SearchState, (chosen: SearchState) => void] {
  const navigation = useNavigation();
  const location = useLocation();
  const [chosen, setChosen] = useState<SearchState | null>(null);
  // Once the page is at a new URL (the chosen one, or Back/Forward), the URL is the truth again.
  useEffect(() => setChosen(null), [location.key]);
  const pending = navigation.location;
  if (chosen) return [chosen, setChosen];
  if (pending && pending.pathname === SEARCH_PATH) return [parseSearchState(new URLSearchParams(pending.search)), setChosen];
  return [loaded, setChosen];
}

export default function SearchPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { state, result, error, pages } = loaderData;
  const heading = state.q ? t("search.heading", { q: state.q }) : t("search.headingNoQuery");
  return (
    <>
      <h1 className="text-2xl font-bold break-words text-leaf-900 sm:text-3xl">{heading}</h1>
      {error ? (
        <p role="alert" className="mt-4 rounded-xl border border-lotus-600 bg-white p-4 text-lotus-700" data-testid="search-error">
          {t("search.badRequest", { message: error })}
        </p>
      ) : null}
      {result ? <Results loaderData={loaderData} result={result} pages={pages} /> : null}
      {!result && !error ? <p className="mt-4 max-w-prose text-lg text-earth-800">{t("search.prompt")}</p> : null}
    </>
  );
}

function Results({
  loaderData,
  result,
  pages,
}: {
  loaderData: Route.ComponentProps["loaderData"];
  result: SearchResult;
  pages: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const loaded = loaderData.state;
  const [shown, choose] = useShownState(loaded);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);

  const { selectedProvince, groupNames } = loaderData;
  const facetGroupNames = new Map(result.facets.group.map((g) => [g.handle, g.name]));
  // The loader resolved the URL's province (an old name → today's province); a just-chosen one is a facet slug.
  const provinceName = selectedProvince
    ? selectedProvince.formerName
      ? t("search.filters.formerProvince", { old: selectedProvince.formerName, current: selectedProvince.name })
      : selectedProvince.name
    : null;
  const names: FacetNames = {
    province: (value) => (value === loaded.province ? provinceName : result.facets.province.find((p) => p.slug === value)?.name ?? null),
    provinceSlug: (value) => (value === loaded.province && selectedProvince ? selectedProvince.slug : value),
    group: (handle) => {
      const known = (groupNames as Record<string, { name: string; nameEn: string | null }>)[handle];
      return known ? localizedName(known, locale) : facetGroupNames.get(handle) ?? handle;
    },
  };

  // Every change of a facet or of the order is a new URL (page 1), so Back goes to the previous results.
  const apply = useCallback(
    (form: HTMLFormElement | null) => {
      if (!form) return;
      const next = { ...parseSearchState(formDataToSearchParams(new FormData(form))), page: 1 };
      choose(next);
      navigate(searchHref(next), { preventScrollReset: true });
    },
    [navigate, choose],
  );

  const chips = filterChips(shown, t, { province: names.province, group: names.group });
  const loading = navigation.state === "loading" && navigation.location?.pathname === SEARCH_PATH;
  const { products, count, didYouMean, suggestedQueries, popular } = result;
  // Nothing found and nothing to narrow down or undo: no filters, no order.
  const withFilters = count > 0 || hasSearchFilters(loaded);

  return (
    <div className={`mt-4 ${withFilters ? "lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start lg:gap-8" : ""}`}>
      {withFilters ? (
        <FiltersPanel open={drawerOpen} onClose={closeDrawer} toggleRef={toggleRef} resultCount={count}>
          <SearchFacetForm id={FILTER_FORM_ID} state={shown} facets={result.facets} names={names} onApply={apply} />
        </FiltersPanel>
      ) : null}
      <section aria-labelledby="search-results-title" aria-busy={loading} className="min-w-0">
        <h2 id="search-results-title" className="sr-only">
          {t("search.resultsHeading")}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="text-lg font-semibold text-earth-800" data-testid="search-count">
            {loaded.q
              ? t("search.resultCount", { count, q: loaded.q })
              : t("search.resultCountNoQuery", { count })}
          </p>
          {withFilters ? (
            <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto sm:gap-3">
              <FiltersToggle
                open={drawerOpen}
                onOpen={() => setDrawerOpen(true)}
                activeCount={chips.length}
                buttonRef={toggleRef}
              />
              <SortSelect formId={FILTER_FORM_ID} value={shown.sort} onApply={apply} />
            </div>
          ) : null}
        </div>
        {didYouMean && count > 0 ? (
          <p className="mt-2 text-earth-800">
            {t("search.didYouMean")}{" "}
            <Link to={queryHref(didYouMean)} className="font-semibold text-leaf-800 underline underline-offset-4" data-testid="search-suggestion">
              {didYouMean}
            </Link>
          </p>
        ) : null}
        <FilterChips chips={chips} clearHref={clearFiltersHref(shown)} />
        <div className={loading ? "opacity-60 transition-opacity" : undefined}>
          {count > 0 ? (
            <>
              <ProductGrid
                products={products}
                empty={null}
                columns="md:grid-cols-3"
                testId="search-results"
              />
              <Pagination page={loaded.page} pages={pages} hrefFor={(page) => searchHref({ ...loaded, page })} />
            </>
          ) : (
            <EmptyResults
              state={loaded}
              didYouMean={didYouMean}
              queries={suggestedQueries}
              popular={popular}
            />
          )}
        </div>
      </section>
    </div>
  );
}

function EmptyResults({
  state,
  didYouMean,
  queries,
  popular,
}: {
  state: SearchState;
  didYouMean: string | null;
  queries: string[];
  popular: SearchResult["popular"];
}) {
  const { t } = useTranslation();
  const meant = didYouMean && didYouMean !== state.q ? didYouMean : null;
  const tries = queries.filter((q) => q !== state.q && q !== meant);
  const linkClass =
    "inline-block rounded-full border border-leaf-700 bg-white px-4 py-1.5 font-semibold text-leaf-800 hover:bg-leaf-50";
  return (
    <div data-testid="search-empty" className="mt-6">
      <div className="rounded-2xl border border-earth-200 bg-white p-5 sm:p-6">
        <p className="text-xl font-semibold break-words text-leaf-900">
          {state.q ? t("search.emptyTitle", { q: state.q }) : t("search.emptyTitleNoQuery")}
        </p>
        <p className="mt-2 text-earth-800">{t("search.emptyHint")}</p>
        {hasSearchFilters(state) ? (
          <p className="mt-3">
            <Link to={clearFiltersHref(state)} className="font-semibold text-leaf-800 underline underline-offset-4">
              {t("search.emptyClearFilters")}
            </Link>
          </p>
        ) : null}
        {meant ? (
          <p className="mt-4 text-earth-800">
            {t("search.didYouMean")}{" "}
            <Link to={queryHref(meant)} className="font-semibold text-leaf-800 underline underline-offset-4" data-testid="search-suggestion">
              {meant}
            </Link>
          </p>
        ) : null}
        {tries.length ? (
          <div className="mt-4">
            <p className="font-semibold text-leaf-900">{t("search.tryQueries")}</p>
            <ul role="list" className="mt-2 flex flex-wrap gap-2">
              {tries.map((q) => (
                <li key={q}>
                  <Link to={queryHref(q)} className={linkClass} data-testid="search-suggestion">
                    {q}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {popular.length ? (
        <section aria-labelledby="search-popular" className="mt-8">
          <h2 id="search-popular" className="text-xl font-bold text-leaf-900">
            {t("search.popularHeading")}
          </h2>
          <ProductGrid products={popular} empty={null} columns="md:grid-cols-3" testId="search-popular" />
        </section>
      ) : null}
    </div>
  );
}
