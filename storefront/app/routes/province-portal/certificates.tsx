import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/certificates";
import { DecisionNotice } from "../../components/portal/DecisionNotice";
import { ActionButton, PageTitle, ReasonForm, cardClass } from "../../components/portal/PortalUi";
import { formatDate } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { productPath } from "../../lib/paths";
import { provinceProducerPath } from "../../lib/portal";
import { decisionAction } from "../../lib/province-actions.server";
import { listClaims, listExpiring, officerClient } from "../../lib/province-portal.server";

const EXPIRING_DAYS = 60;

export async function loader({ request }: Route.LoaderArgs) {
  const client = await officerClient(request);
  const [claims, expiring] = await Promise.all([listClaims(client, "pending"), listExpiring(client, EXPIRING_DAYS)]);
  return { claims, expiring, days: EXPIRING_DAYS };
}

export function action({ request }: Route.ActionArgs) {
  return decisionAction(request, "claim");
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.province.certificatesMetaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProvinceCertificates({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { claims, expiring, days } = loaderData;
  return (
    <>
      <PageTitle>{t("portal.province.certificatesHeading")}</PageTitle>
      <DecisionNotice result={actionData} />
      <section className="mt-6" aria-labelledby="claims-title">
        <h2 id="claims-title" className="text-xl font-semibold text-leaf-900">
          {t("portal.province.claimsHeading")}
        </h2>
        {claims.length ? (
          <ul className="mt-3 flex flex-col gap-3" data-testid="province-claims">
            {claims.map((claim) => {
              const failed = actionData && !actionData.ok && actionData.id === claim.id ? actionData : null;
              return (
                <li key={claim.id} className={`${cardClass} flex flex-col gap-3`} data-testid="province-claim">
                  <div>
                    <p className="font-semibold text-leaf-900">
                      {claim.product?.title ?? "—"} · {t("ocop.starsOption", { stars: claim.stars })}
                    </p>
                    {claim.producer ? (
                      <Link to={provinceProducerPath(claim.producer.id)} className="text-sm text-leaf-800 underline">
                        {claim.producer.name}
                      </Link>
                    ) : null}
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                      <dt className="font-semibold">{t("certificate.decisionNumber")}</dt>
                      <dd>{claim.decision_number}</dd>
                      <dt className="font-semibold">{t("certificate.decisionDate")}</dt>
                      <dd>{formatDate(claim.decision_date, locale)}</dd>
                      <dt className="font-semibold">{t("certificate.issuingBody")}</dt>
                      <dd>{claim.issuing_body}</dd>
                      <dt className="font-semibold">{t("certificate.issuerLevel")}</dt>
                      <dd>{t(`issuerLevel.${claim.issuer_level}`)}</dd>
                    </dl>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <ActionButton intent="approve" id={claim.id}>
                      {t("portal.province.approve")}
                    </ActionButton>
                    <ReasonForm
                      intent="reject"
                      id={claim.id}
                      summary={t("portal.province.reject")}
                      submit={t("portal.province.rejectSubmit")}
                      label={t("portal.province.rejectReason")}
                      error={failed?.errors.fields.reason ?? (failed ? failed.errors.form.join(" ") : null)}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-2 text-earth-800">{t("portal.province.noClaims")}</p>
        )}
      </section>
      <section className="mt-8" aria-labelledby="expiring-title">
        <h2 id="expiring-title" className="text-xl font-semibold text-leaf-900">
          {t("portal.province.expiringHeading", { days })}
        </h2>
        {expiring.length ? (
          <ul className="mt-3 divide-y divide-earth-200 rounded-xl border border-earth-200 bg-white" data-testid="province-expiring">
            {expiring.map((certificate) => (
              <li key={certificate.id} className="flex flex-wrap justify-between gap-2 p-3">
                <span>
                  <a href={productPath(certificate.product.handle)} className="font-semibold text-leaf-800 underline">
                    {certificate.product.title}
                  </a>
                  {certificate.producer ? <span className="block text-sm text-earth-800">{certificate.producer.name}</span> : null}
                </span>
                <span className="text-earth-800">
                  {t("portal.dashboard.expiresOn", { decision: certificate.decision_number, date: formatDate(certificate.expires_at, locale) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-earth-800">{t("portal.province.noExpiring")}</p>
        )}
      </section>
    </>
  );
}
