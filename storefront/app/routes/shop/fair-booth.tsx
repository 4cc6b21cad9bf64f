import { useTranslation } from "../../lib/translation";
import { data, Link } from "react-router";
import type { Route } from "./+types/fair-booth";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { FairPhaseBadge } from "../../components/fair/FairPhaseBadge";
import { FairProductGrid } from "../../components/fair/FairProductGrid";
import { notFound } from "../../lib/backend-errors.server";
import { fairPath, FAIRS_PATH } from "../../lib/fair-paths";
import { fairVisitor } from "../../lib/fair-visitor.server";
import { getBooth, recordFairVisit } from "../../lib/fairs.server";
import { metaT } from "../../lib/locale";
import { producerPath } from "../../lib/paths";

/** One booth of a fair (404 unless the fair and the booth number exist); records a view of the booth. */
export async function loader({ request, params }: Route.LoaderArgs) {
  if (!/^\d{1,6}$/.test(params.number)) throw notFound();
  const [page, visitor] = await Promise.all([getBooth(params.slug, params.number), fairVisitor(request)]);
  void recordFairVisit(params.slug, visitor.visitor, page.booth.id);
  return data(page, visitor.setCookie ? { headers: { "Set-Cookie": visitor.setCookie } } : undefined);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  if (!loaderData) return [{ title: t("errors.notFound.metaTitle") }];
  const { fair, booth } = loaderData;
  return [{ title: t("fair.booth.metaTitle", { number: booth.number, producer: booth.producer.name, fair: fair.name }) }];
};

export default function FairBoothPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { fair, booth, products } = loaderData;
  return (
    <article data-testid="booth-page" data-number={booth.number}>
      <Breadcrumbs
        trail={[
          { label: t("nav.fairs"), to: FAIRS_PATH },
          { label: fair.name, to: fairPath(fair.slug) },
        ]}
        current={t("fair.page.boothNumber", { number: booth.number })}
      />
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <Link to={fairPath(fair.slug)} className="font-semibold text-leaf-800 underline underline-offset-4">
            {fair.name}
          </Link>
          <FairPhaseBadge fair={fair} />
        </div>
        <h1 className="text-3xl font-bold leading-tight text-leaf-900 sm:text-4xl">
          {t("fair.booth.heading", { number: booth.number, producer: booth.producer.name })}
        </h1>
        <p className="text-earth-800">
          {booth.producer.province_name ? <>{booth.producer.province_name} · </> : null}
          <Link to={producerPath(booth.producer.slug)} className="font-semibold text-leaf-800 underline underline-offset-4" data-testid="booth-producer-link">
            {t("fair.booth.producerPage")}
          </Link>
        </p>
        {booth.note ? <p className="max-w-prose whitespace-pre-line text-leaf-950">{booth.note}</p> : null}
        {fair.phase === "ended" || fair.status === "cancelled" ? (
          <p className="rounded-lg bg-earth-100 px-3 py-2 text-earth-800" data-testid="fair-notice">
            {t(fair.status === "cancelled" ? "fair.page.cancelledNotice" : "fair.page.endedNotice")}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="booth-products-title" className="mt-8">
        <h2 id="booth-products-title" className="text-2xl font-bold text-leaf-900">
          {t("fair.booth.products")}
        </h2>
        <FairProductGrid products={products} empty={t("fair.booth.noProducts")} />
      </section>
    </article>
  );
}
