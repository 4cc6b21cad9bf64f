import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/producers";
import { DecisionNotice } from "../../components/portal/DecisionNotice";
import { PageTitle, StatusBadge, cardClass } from "../../components/portal/PortalUi";
import { ProducerDecisions } from "../../components/portal/ProducerDecisions";
import { formatDate } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { PRODUCER_STATUSES, producerStatusKey, PROVINCE_PRODUCERS_PATH, provinceProducerPath, statusTone, type ProducerStatus } from "../../lib/portal";
import { decisionAction } from "../../lib/province-actions.server";
import { listProvinceProducers, officerClient } from "../../lib/province-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await officerClient(request);
  const asked = new URL(request.url).searchParams.get("status");
  const status: ProducerStatus = (PRODUCER_STATUSES as readonly string[]).includes(asked ?? "") ? (asked as ProducerStatus) : "pending";
  return { status, producers: await listProvinceProducers(client, status) };
}

export function action({ request }: Route.ActionArgs) {
  return decisionAction(request, "producer");
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.province.producersMetaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProvinceProducers({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { status, producers } = loaderData;
  return (
    <>
      <PageTitle>{t("portal.province.producersHeading")}</PageTitle>
      <nav aria-label={t("portal.province.statusFilter")} className="mt-4 -mx-1 overflow-x-auto">
        <ul className="flex gap-1">
          {PRODUCER_STATUSES.map((value) => (
            <li key={value}>
              <Link
                to={`${PROVINCE_PRODUCERS_PATH}?status=${value}`}
                aria-current={value === status ? "page" : undefined}
                className={`block rounded-full border px-3 py-1.5 whitespace-nowrap ${value === status ? "border-leaf-700 bg-leaf-50 font-semibold" : "border-earth-200 bg-white"}`}
              >
                {t(producerStatusKey(value))}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DecisionNotice result={actionData} />
      {producers.length ? (
        <ul className="mt-4 flex flex-col gap-3" data-testid="province-producers">
          {producers.map((producer) => (
            <li key={producer.id} className={`${cardClass} flex flex-col gap-3`} data-testid="province-producer" data-producer-id={producer.id}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <Link to={provinceProducerPath(producer.id)} className="font-semibold break-words text-leaf-800 underline">
                    {producer.name}
                  </Link>
                  <p className="text-sm text-earth-800">
                    {t(`producerType.${producer.type}`)}
                    {producer.created_at ? ` · ${t("portal.province.signedUpOn", { date: formatDate(producer.created_at, locale) })}` : ""}
                    {producer.papers?.length ? ` · ${t("portal.province.paperCount", { n: producer.papers.length })}` : ""}
                  </p>
                  {producer.rejection_reason && producer.status === "rejected" ? (
                    <p className="text-sm text-lotus-700">{t("portal.reason", { reason: producer.rejection_reason })}</p>
                  ) : null}
                  {producer.suspension_reason && producer.status === "suspended" ? (
                    <p className="text-sm text-lotus-700">{t("portal.reason", { reason: producer.suspension_reason })}</p>
                  ) : null}
                </div>
                <span className="flex gap-2">
                  {producer.trusted ? <StatusBadge tone="good">{t("portal.province.trusted")}</StatusBadge> : null}
                  <StatusBadge tone={statusTone(producer.status)} value={producer.status} testId="producer-status">
                    {t(producerStatusKey(producer.status))}
                  </StatusBadge>
                </span>
              </div>
              <ProducerDecisions producer={producer} feedback={actionData} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-earth-800">{t("portal.province.noProducers")}</p>
      )}
    </>
  );
}
