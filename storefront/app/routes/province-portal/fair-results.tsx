import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/fair-results";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { FairHeading } from "../../components/fair-portal/FairHeading";
import { FairResultsView } from "../../components/fair-portal/FairResultsView";
import { PageTitle, cardClass, secondaryButton } from "../../components/portal/PortalUi";
import { PROVINCE_FAIRS_PATH, provinceFairCsvPath, provinceFairPath } from "../../lib/fair-portal";
import { metaT } from "../../lib/locale";
import { getProvinceFair, getProvinceFairResults } from "../../lib/province-fairs.server";
import { officerClient } from "../../lib/province-portal.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await officerClient(request);
  const [{ fair }, results] = await Promise.all([getProvinceFair(client, params.id), getProvinceFairResults(client, params.id)]);
  return { fair, results };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  return [{ title: t("fairPortal.results.metaTitle", { name: loaderData?.fair.name ?? "" }) }, { name: "robots", content: "noindex" }];
};

export default function ProvinceFairResults({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { fair, results } = loaderData;
  return (
    <article data-testid="province-fair-results">
      <Breadcrumbs
        trail={[
          { label: t("fairPortal.province.heading"), to: PROVINCE_FAIRS_PATH },
          { label: fair.name, to: provinceFairPath(fair.id) },
        ]}
        current={t("fairPortal.results.crumb")}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageTitle>{t("fairPortal.results.heading", { name: fair.name })}</PageTitle>
        <a href={provinceFairCsvPath(fair.id)} download className={secondaryButton} data-testid="results-csv">
          {t("fairPortal.results.csv")}
        </a>
      </div>
      <div className={`${cardClass} mt-4`}>
        <FairHeading fair={fair} />
      </div>
      <FairResultsView results={results} />
    </article>
  );
}
