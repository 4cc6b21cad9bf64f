import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/fair-results";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { FairResultsView } from "../../components/fair-portal/FairResultsView";
import { PageTitle } from "../../components/portal/PortalUi";
import { PRODUCER_FAIRS_PATH } from "../../lib/fair-portal";
import { metaT } from "../../lib/locale";
import { getProducerFairResults, listProducerFairs } from "../../lib/producer-fairs.server";
import { producerClient } from "../../lib/producer-portal.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const [results, fairs] = await Promise.all([getProducerFairResults(client, params.id), listProducerFairs(client)]);
  // The list holds fairs not ended yet; an ended fair's results still show, under a plain title.
  const fair = fairs.find((f) => f.id === params.id);
  return { results, name: fair?.name ?? null };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  return [{ title: t("fairPortal.results.boothMetaTitle", { name: loaderData?.name ?? "" }) }, { name: "robots", content: "noindex" }];
};

export default function ProducerFairResults({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { results, name } = loaderData;
  return (
    <article data-testid="producer-fair-results">
      <Breadcrumbs trail={[{ label: t("fairPortal.producer.heading"), to: PRODUCER_FAIRS_PATH }]} current={t("fairPortal.results.crumb")} />
      <PageTitle>{name ? t("fairPortal.results.boothHeading", { name }) : t("fairPortal.results.boothHeadingPlain")}</PageTitle>
      <FairResultsView results={results} showBooths={false} />
    </article>
  );
}
