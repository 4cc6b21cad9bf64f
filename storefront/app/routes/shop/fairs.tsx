import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/fairs";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { FairSection } from "../../components/fair/FairSection";
import { listFairs } from "../../lib/fairs.server";
import { metaT } from "../../lib/locale";

export async function loader() {
  return listFairs();
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("fair.list.metaTitle") }, { name: "description", content: t("fair.list.metaDescription") }];
};

/** /hoi-cho: the fairs live now, then the upcoming ones, then the past ones. */
export default function FairsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { live, upcoming, past } = loaderData;
  return (
    <>
      <Breadcrumbs trail={[]} current={t("nav.fairs")} />
      <h1 className="text-3xl font-bold text-leaf-900 sm:text-4xl">{t("fair.list.heading")}</h1>
      <p className="mt-2 max-w-prose text-lg text-earth-800">{t("fair.list.intro")}</p>
      <FairSection id="live" title={t("fair.list.live")} fairs={live} empty={t("fair.list.emptyLive")} />
      <FairSection id="upcoming" title={t("fair.list.upcoming")} fairs={upcoming} empty={t("fair.list.emptyUpcoming")} />
      <FairSection id="past" title={t("fair.list.past")} fairs={past} empty={t("fair.list.emptyPast")} />
    </>
  );
}
