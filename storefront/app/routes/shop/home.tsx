import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Route } from "./+types/home";
import { ProductCard } from "../../components/ProductCard";
import { getFixedT } from "../../i18n";
import { DEFAULT_LOCALE, normalizeLocale } from "../../i18n/locales";
import { listProducts } from "../../lib/products.server";

const PAGE_SIZE = 24;
/** `?trang=2`: page number (Vietnamese "page"). */
const PAGE_PARAM = "trang";

function pageFrom(url: URL): number {
  const page = Number.parseInt(url.searchParams.get(PAGE_PARAM) ?? "1", 10);
  return Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export async function loader({ request }: Route.LoaderArgs) {
  const page = pageFrom(new URL(request.url));
  const { products, count } = await listProducts({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { products, count, page, pages: Math.max(1, Math.ceil(count / PAGE_SIZE)) };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const rootData = matches[0]?.loaderData as { locale?: string } | undefined;
  const t = getFixedT(normalizeLocale(rootData?.locale) ?? DEFAULT_LOCALE);
  return [
    { title: t("home.metaTitle") },
    { name: "description", content: t("home.metaDescription") },
  ];
};

function pageHref(page: number): string {
  return page <= 1 ? "/" : `/?${PAGE_PARAM}=${page}`;
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { products, page, pages } = loaderData;
  return (
    <>
      <section aria-labelledby="hero-title" className="rounded-2xl bg-leaf-800 px-6 py-10 text-white sm:px-10 sm:py-14">
        <h1 id="hero-title" className="max-w-2xl text-3xl font-bold leading-tight sm:text-4xl">
          {t("home.hero")}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-leaf-50">{t("home.heroLead")}</p>
      </section>

      <section aria-labelledby="products-title" className="mt-10">
        <h2 id="products-title" className="text-2xl font-bold text-leaf-900">
          {t("home.productsHeading")}
        </h2>
        {products.length === 0 ? (
          <p className="mt-4 text-earth-800" data-testid="products-empty">
            {t("home.empty")}
          </p>
        ) : (
          <ul role="list" className="mt-6 grid grid-cols-2 gap-3 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
            {products.map((product) => (
              <li key={product.id}>
                <ProductCard product={product} />
              </li>
            ))}
          </ul>
        )}
        {pages > 1 ? (
          <nav aria-label={t("home.paginationLabel")} className="mt-8 flex items-center justify-between gap-4">
            {page > 1 ? (
              <Link to={pageHref(page - 1)} rel="prev" className="font-semibold text-leaf-800 underline underline-offset-4">
                ← {t("home.previousPage")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-earth-800">{t("home.pageOf", { page, pages })}</span>
            {page < pages ? (
              <Link to={pageHref(page + 1)} rel="next" className="font-semibold text-leaf-800 underline underline-offset-4">
                {t("home.nextPage")} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </>
  );
}
