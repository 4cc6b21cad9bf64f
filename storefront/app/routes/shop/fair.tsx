import { useCallback } from "react";
import { useTranslation } from "../../lib/translation";
import { data, useRevalidator } from "react-router";
import type { Route } from "./+types/fair";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { BoothList } from "../../components/fair/BoothList";
import { FairFilterForm } from "../../components/fair/FairFilterForm";
import { FairHero } from "../../components/fair/FairHero";
import { FairProductGrid } from "../../components/fair/FairProductGrid";
import { SessionSchedule } from "../../components/fair/SessionSchedule";
import { parseFairFilters } from "../../lib/fair-filters";
import { fairPath, FAIRS_PATH } from "../../lib/fair-paths";
import { fairVisitor } from "../../lib/fair-visitor.server";
import { getFair, recordFairVisit } from "../../lib/fairs.server";
import { metaT } from "../../lib/locale";

/** The fair (404 when unknown or draft), filtered by `?group=&stars=`; records a view without waiting for it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const filters = parseFairFilters(new URL(request.url).searchParams);
  const [page, visitor] = await Promise.all([getFair(params.slug, filters), fairVisitor(request)]);
  void recordFairVisit(params.slug, visitor.visitor);
  return data({ ...page, filters }, visitor.setCookie ? { headers: { "Set-Cookie": visitor.setCookie } } : undefined);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  if (!loaderData) return [{ title: t("errors.notFound.metaTitle") }];
  const { fair } = loaderData;
  const description = fair.description?.replace(/\s+/g, " ").trim().slice(0, 160) || t("fair.list.metaDescription");
  return [{ title: t("fair.page.metaTitle", { name: fair.name }) }, { name: "description", content: description }];
};

export default function FairPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { fair, booths, products, facets, filters } = loaderData;
  const revalidator = useRevalidator();
  // The fair opened or closed while the page was open: fetch its new phase and prices.
  const refresh = useCallback(() => {
    if (revalidator.state === "idle") void revalidator.revalidate();
  }, [revalidator]);

  return (
    <article data-testid="fair-page" data-slug={fair.slug} data-phase={fair.phase}>
      <Breadcrumbs trail={[{ label: t("nav.fairs"), to: FAIRS_PATH }]} current={fair.name} />
      <FairHero fair={fair} onCountdownDone={refresh} />

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        {fair.description ? (
          <section aria-labelledby="fair-about-title">
            <h2 id="fair-about-title" className="text-xl font-semibold text-leaf-900">
              {t("fair.page.about")}
            </h2>
            <p className="mt-2 whitespace-pre-line leading-relaxed text-leaf-950" data-testid="fair-description">
              {fair.description}
            </p>
          </section>
        ) : null}
        <SessionSchedule sessions={fair.sessions} />
      </div>

      <div className="mt-8">
        <BoothList slug={fair.slug} booths={booths} />
      </div>

      <section aria-labelledby="fair-products-title" className="mt-10">
        <h2 id="fair-products-title" className="text-2xl font-bold text-leaf-900">
          {t("fair.page.products")}
        </h2>
        <div className="mt-4">
          <FairFilterForm action={fairPath(fair.slug)} filters={filters} facets={facets} />
        </div>
        <FairProductGrid products={products} empty={t("fair.page.noProducts")} />
      </section>
    </article>
  );
}
