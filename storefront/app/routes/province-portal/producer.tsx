import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/producer";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { DecisionNotice } from "../../components/portal/DecisionNotice";
import { ModerationBadge } from "../../components/portal/ModerationBadge";
import { PageTitle, StatusBadge, cardClass } from "../../components/portal/PortalUi";
import { ProducerDecisions } from "../../components/portal/ProducerDecisions";
import { formatDate } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { productPath } from "../../lib/paths";
import { producerStatusKey, PROVINCE_PRODUCERS_PATH, statusTone } from "../../lib/portal";
import { decisionAction } from "../../lib/province-actions.server";
import { getProvinceProducer, officerClient } from "../../lib/province-portal.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await officerClient(request);
  return { producer: await getProvinceProducer(client, params.id) };
}

export function action({ request }: Route.ActionArgs) {
  return decisionAction(request, "producer");
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.province.producerMetaTitle", { name: loaderData?.producer.name ?? "" }) }, { name: "robots", content: "noindex" }];
};

export default function ProvinceProducer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { producer } = loaderData;
  const reason = producer.status === "rejected" ? producer.rejection_reason : producer.status === "suspended" ? producer.suspension_reason : null;
  const rows: Array<[string, string | null | undefined]> = [
    [t("producer.type"), t(`producerType.${producer.type}`)],
    [t("producer.address"), producer.address],
    [t("portal.province.codes"), t("portal.province.codesValue", { province: producer.province_code, commune: producer.commune_code })],
    [t("producer.phone"), producer.phone],
    [t("producer.email"), producer.email],
    [t("producer.contactName"), producer.contact_name],
    [t("portal.province.signedUp"), producer.created_at ? formatDate(producer.created_at, locale) : null],
  ];
  return (
    <article data-testid="province-producer-detail" data-status={producer.status}>
      <Breadcrumbs trail={[{ label: t("portal.province.producersHeading"), to: `${PROVINCE_PRODUCERS_PATH}?status=${producer.status}` }]} current={producer.name} />
      <div className="flex flex-wrap items-center gap-3">
        <PageTitle>{producer.name}</PageTitle>
        <StatusBadge tone={statusTone(producer.status)} value={producer.status} testId="producer-status">
          {t(producerStatusKey(producer.status))}
        </StatusBadge>
        {producer.trusted ? <StatusBadge tone="good">{t("portal.province.trusted")}</StatusBadge> : null}
      </div>
      {reason ? <p className="mt-2 text-lotus-700">{t("portal.reason", { reason })}</p> : null}
      <DecisionNotice result={actionData} />
      <div className="mt-4">
        <ProducerDecisions producer={producer} feedback={actionData} />
      </div>

      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <section className={cardClass} aria-labelledby="details-title">
          <h2 id="details-title" className="text-lg font-semibold text-leaf-900">
            {t("portal.province.details")}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {rows
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-semibold text-earth-800">{label}</dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
          </dl>
          {producer.story ? <p className="mt-3 whitespace-pre-line">{producer.story}</p> : null}
        </section>
        <section className={cardClass} aria-labelledby="papers-title">
          <h2 id="papers-title" className="text-lg font-semibold text-leaf-900">
            {t("portal.papers.heading")}
          </h2>
          {producer.papers?.length ? (
            <ul className="mt-2 list-disc pl-5" data-testid="papers-list">
              {producer.papers.map((paper) => (
                <li key={paper.id}>
                  <a href={paper.url} target="_blank" rel="noreferrer" className="text-leaf-800 underline">
                    {paper.filename}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-earth-800">{t("portal.papers.none")}</p>
          )}
          {producer.members?.length ? (
            <>
              <h3 className="mt-4 font-semibold text-leaf-900">{t("portal.members.heading")}</h3>
              <ul className="mt-1">
                {producer.members.map((member) => (
                  <li key={member.id}>
                    {member.name} · {member.email} · {t(`portal.members.role.${member.role}`)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      <section className={`${cardClass} mt-6`} aria-labelledby="products-title">
        <h2 id="products-title" className="text-lg font-semibold text-leaf-900">
          {t("portal.products.heading")}
        </h2>
        {producer.products?.length ? (
          <ul className="mt-2 divide-y divide-earth-200">
            {producer.products.map((product) => (
              <li key={product.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {product.moderation.state === "approved" ? (
                    <a href={productPath(product.handle)} className="text-leaf-800 underline">
                      {product.title}
                    </a>
                  ) : (
                    product.title
                  )}
                  <span className="block text-sm text-earth-800">
                    {product.variants.map((v) => `${v.title}: ${formatVnd(v.price)}`).join(" · ")}
                  </span>
                </span>
                <ModerationBadge state={product.moderation.state} note={product.moderation.note} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-earth-800">{t("portal.province.noProducts")}</p>
        )}
      </section>
    </article>
  );
}
