import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/home";
import { ProductGrid } from "../../components/ProductGrid";
import { productFiltersToSearchParams, withSearch } from "../../lib/filters";
import { metaT, useLocale } from "../../lib/locale";
import { localizedName, topGroups, type GroupNode } from "../../lib/ocop";
import { groupPath, PRODUCTS_PATH } from "../../lib/paths";
import { listGroups } from "../../lib/places.server";
import { listProducts } from "../../lib/products.server";

const HOME_PRODUCTS = 24;

export async function loader(_: Route.LoaderArgs) {
  const [{ products, count }, groups] = await Promise.all([listProducts({ limit: HOME_PRODUCTS }), listGroups()]);
  return { products, count, groups: topGroups(groups) };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [
    { title: t("home.metaTitle") },
    { name: "description", content: t("home.metaDescription") },
  ];
};

/** Each group's tint (the same families as the backend's product pictures). */
const GROUP_TINTS: Record<string, string> = {
  "thuc-pham": "border-t-amber-500",
  "do-uong": "border-t-sky-600",
  "duoc-lieu": "border-t-leaf-600",
  "thu-cong-my-nghe": "border-t-earth-500",
  "sinh-vat-canh": "border-t-lotus-600",
  "du-lich": "border-t-teal-600",
};

const FIVE_STAR_HREF = withSearch(PRODUCTS_PATH, productFiltersToSearchParams({ stars: [5] }));

function GroupStrip({ groups }: { groups: GroupNode[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!groups.length) return null;
  return (
    <section aria-labelledby="groups-title" className="mt-8">
      <h2 id="groups-title" className="text-xl font-bold text-leaf-900">
        {t("home.groupsHeading")}
      </h2>
      <ul
        role="list"
        data-testid="group-strip"
        className="-mx-4 mt-3 flex snap-x gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-3 sm:overflow-visible sm:px-0 lg:grid-cols-6"
      >
        {groups.map((group) => (
          <li key={group.handle} className="shrink-0 snap-start">
            <Link
              to={groupPath(group.handle)}
              prefetch="intent"
              className={`flex h-full min-h-20 w-40 items-center justify-center rounded-xl border border-t-4 border-earth-200 bg-white px-3 py-3 text-center text-sm leading-snug font-semibold text-leaf-900 hover:border-leaf-600 hover:bg-leaf-50 sm:w-auto ${
                GROUP_TINTS[group.handle] ?? "border-t-leaf-600"
              }`}
            >
              {localizedName(group, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { products, count, groups } = loaderData;
  return (
    <>
      <section aria-labelledby="hero-title" className="rounded-2xl bg-leaf-800 px-6 py-10 text-white sm:px-10 sm:py-14">
        <h1 id="hero-title" className="max-w-2xl text-3xl font-bold leading-tight sm:text-4xl">
          {t("home.hero")}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-leaf-50">{t("home.heroLead")}</p>
      </section>

      <GroupStrip groups={groups} />

      <section
        aria-labelledby="five-star-title"
        className="mt-8 flex flex-col gap-3 rounded-2xl border border-amber-300 bg-amber-50 p-5 sm:flex-row sm:items-center sm:justify-between"
      >
        <div>
          <h2 id="five-star-title" className="flex items-center gap-2 text-xl font-bold text-amber-950">
            <span aria-hidden="true" className="text-amber-600">
              ★★★★★
            </span>
            {t("home.fiveStarTitle")}
          </h2>
          <p className="mt-1 text-amber-950">{t("home.fiveStarLead")}</p>
        </div>
        <Link
          to={FIVE_STAR_HREF}
          data-testid="five-star-link"
          className="w-fit shrink-0 rounded-full bg-amber-800 px-5 py-2 font-semibold text-white hover:bg-amber-900"
        >
          {t("home.fiveStarCta")} →
        </Link>
      </section>

      <section aria-labelledby="products-title" className="mt-10">
        <h2 id="products-title" className="text-2xl font-bold text-leaf-900">
          {t("home.productsHeading")}
        </h2>
        <ProductGrid products={products} empty={t("home.empty")} />
        {count > products.length ? (
          <p className="mt-8 text-center">
            <Link
              to={PRODUCTS_PATH}
              className="inline-block rounded-full border border-leaf-700 px-5 py-2 font-semibold text-leaf-800 hover:bg-leaf-50"
            >
              {t("home.seeAll", { n: count })} →
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
