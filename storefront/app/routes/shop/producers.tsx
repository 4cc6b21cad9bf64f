import { useTranslation } from "../../lib/translation";
import { Link, useLocation } from "react-router";
import type { Route } from "./+types/producers";
import { ProducerFilterForm } from "../../components/FilterForm";
import { Pagination } from "../../components/Pagination";
import { ProducerLocation } from "../../components/ProducerLocation";
import {
  pageCount,
  parsePage,
  parseProducerFilters,
  producerFiltersToSearchParams,
  withSearch,
} from "../../lib/filters";
import { metaT } from "../../lib/locale";
import { producerPath, PRODUCERS_PATH } from "../../lib/paths";
import { listProducers, listProvinces } from "../../lib/places.server";
import { PinIcon } from "../../components/PinIcon";

const PAGE_SIZE = 24;

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const filters = parseProducerFilters(params);
  const page = parsePage(params);
  const [result, provinces] = await Promise.all([
    listProducers({ filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listProvinces(),
  ]);
  return {
    filters,
    page,
    pages: pageCount(result.count, PAGE_SIZE),
    count: result.count,
    producers: result.producers,
    provinces,
  };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [
    { title: t("producers.metaTitle") },
    { name: "description", content: t("producers.metaDescription") },
  ];
};

export default function Producers({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { filters, page, pages, count, producers, provinces } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold text-leaf-900">{t("producers.heading")}</h1>
      <p className="mt-2 max-w-2xl text-earth-800">{t("producers.lead")}</p>
      <div className="mt-4">
        <ProducerFilterForm
          key={location.search}
          action={PRODUCERS_PATH}
          province={filters.province}
          producerTypes={filters.producerTypes}
          provinces={provinces}
          canClear={Boolean(filters.province || filters.producerTypes.length)}
        />
      </div>
      <section aria-labelledby="producers-results" className="mt-8">
        <h2 id="producers-results" className="text-lg font-semibold text-earth-800" data-testid="result-count">
          {t("producers.resultCount", { n: count })}
        </h2>
        {producers.length === 0 ? (
          <p className="mt-4 text-earth-800" data-testid="producers-empty">
            {t("producers.empty")}
          </p>
        ) : (
          <ul role="list" className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {producers.map((producer) => (
              <li key={producer.id}>
                <article
                  data-testid="producer-card"
                  className="relative flex h-full flex-col gap-1 rounded-xl border border-earth-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-leaf-700 hover:shadow-md"
                >
                  <p className="text-xs font-semibold tracking-wide text-earth-700 uppercase">
                    {t(`producerType.${producer.type}`)}
                  </p>
                  <h3 className="text-lg font-semibold leading-snug text-leaf-900">
                    <Link
                      to={producerPath(producer.slug)}
                      prefetch="intent"
                      className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
                    >
                      {producer.name}
                    </Link>
                  </h3>
                  {producer.province || producer.commune ? (
                    <p className="text-sm text-earth-800">
                      <PinIcon className="mr-1 text-earth-600" />
                      <ProducerLocation province={producer.province} commune={producer.commune} linkProvince={false} />
                    </p>
                  ) : null}
                  <p className="mt-auto pt-2 text-sm font-semibold text-earth-800">
                    {t("producers.productCount", { n: producer.product_count })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pages={pages}
          hrefFor={(n) => withSearch(PRODUCERS_PATH, producerFiltersToSearchParams(filters, n))}
        />
      </section>
    </>
  );
}
