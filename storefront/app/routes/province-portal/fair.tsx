import { useTranslation } from "../../lib/translation";
import { Form, useNavigation } from "react-router";
import type { Route } from "./+types/fair";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { BoothReview } from "../../components/fair-portal/BoothReview";
import { FairFields } from "../../components/fair-portal/FairFields";
import { FairHeading } from "../../components/fair-portal/FairHeading";
import { SessionRows } from "../../components/fair-portal/SessionRows";
import { ActionButton, FormErrorSummary, Notice, PageTitle, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { BOOTH_STATUSES, boothStatusKey, fairStatusActions, groupBooths, PROVINCE_FAIRS_PATH, provinceFairResultsPath } from "../../lib/fair-portal";
import { metaT } from "../../lib/locale";
import { fairPageAction } from "../../lib/province-fair-actions.server";
import { getProvinceFair } from "../../lib/province-fairs.server";
import { officerClient } from "../../lib/province-portal.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await officerClient(request);
  return getProvinceFair(client, params.id);
}

export function action({ request, params }: Route.ActionArgs) {
  return fairPageAction(request, params.id);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  return [{ title: t("fairPortal.province.editMetaTitle", { name: loaderData?.fair.name ?? "" }) }, { name: "robots", content: "noindex" }];
};

const STATUS_LABEL = { publish: "fairPortal.province.publish", draft: "fairPortal.province.toDraft", cancel: "fairPortal.province.cancel" } as const;

export default function ProvinceFair({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { fair, booths } = loaderData;
  const failedOf = (intent: string) => (actionData && !actionData.ok && actionData.intent === intent ? actionData.errors : null);
  const groups = groupBooths(booths);
  const sessionsKey = fair.sessions.map((s) => s.id ?? s.title).join("|");
  return (
    <article data-testid="province-fair-detail" data-fair-id={fair.id} data-status={fair.status}>
      <Breadcrumbs trail={[{ label: t("fairPortal.province.heading"), to: PROVINCE_FAIRS_PATH }]} current={fair.name} />
      <PageTitle>{fair.name}</PageTitle>
      <div className={`${cardClass} mt-4`}>
        <FairHeading fair={fair}>
          <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
            <a href={provinceFairResultsPath(fair.id)} className="font-semibold text-leaf-800 underline" data-testid="results-link">
              {t("fairPortal.province.resultsLink")}
            </a>
          </p>
        </FairHeading>
      </div>
      {actionData?.ok ? (
        <div className="mt-4">
          <Notice kind="success" message={actionData.message} />
        </div>
      ) : null}
      {actionData && !actionData.ok && (actionData.intent === "status" || !["update", "sessions", "approve", "reject", "featured"].includes(actionData.intent)) ? (
        <div className="mt-4">
          <FormErrorSummary errors={actionData.errors} />
        </div>
      ) : null}

      <section className={`${cardClass} mt-6`} aria-labelledby="fair-status-title">
        <h2 id="fair-status-title" className="text-xl font-semibold text-leaf-900">
          {t("fairPortal.province.statusHeading")}
        </h2>
        <p className="mt-1 text-sm text-earth-700">{t("fairPortal.province.statusLead")}</p>
        <div className="mt-3 flex flex-wrap gap-2" data-testid="fair-status-actions">
          {fairStatusActions(fair.status).map((change) => (
            <ActionButton key={change} intent="status" fields={{ change }} tone={change === "publish" ? "primary" : "secondary"}>
              {t(STATUS_LABEL[change])}
            </ActionButton>
          ))}
        </div>
      </section>

      <section className={`${cardClass} mt-6`} aria-labelledby="fair-fields-title">
        <h2 id="fair-fields-title" className="text-xl font-semibold text-leaf-900">
          {t("fairPortal.province.fieldsHeading")}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" data-testid="fair-edit-form">
          <input type="hidden" name="intent" value="update" />
          <FormErrorSummary errors={failedOf("update")} />
          <FairFields values={fair} errors={failedOf("update")} />
          <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
            {t("fairPortal.province.save")}
          </button>
        </Form>
      </section>

      <section className={`${cardClass} mt-6`} aria-labelledby="fair-sessions-title">
        <h2 id="fair-sessions-title" className="text-xl font-semibold text-leaf-900">
          {t("fairPortal.sessions.heading")}
        </h2>
        <p className="mt-1 text-sm text-earth-700">{t("fairPortal.sessions.lead")}</p>
        <Form method="post" className="mt-4 flex flex-col gap-4" data-testid="sessions-form">
          <input type="hidden" name="intent" value="sessions" />
          <FormErrorSummary errors={failedOf("sessions")} />
          <SessionRows key={sessionsKey} sessions={fair.sessions} errors={failedOf("sessions")} />
          <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
            {t("fairPortal.sessions.save")}
          </button>
        </Form>
      </section>

      <section className="mt-8" aria-labelledby="fair-booths-title">
        <h2 id="fair-booths-title" className="text-xl font-semibold text-leaf-900">
          {t("fairPortal.booths.heading")}
        </h2>
        {booths.length ? null : <p className="mt-2 text-earth-800">{t("fairPortal.booths.none")}</p>}
        {BOOTH_STATUSES.map((status) =>
          groups[status].length ? (
            <section key={status} className="mt-4" aria-labelledby={`booths-${status}`} data-testid={`booths-${status}`}>
              <h3 id={`booths-${status}`} className="text-lg font-semibold text-leaf-900">
                {t(boothStatusKey(status))} ({groups[status].length})
              </h3>
              <ul className="mt-2 flex flex-col gap-3">
                {groups[status].map((booth) => (
                  <BoothReview key={booth.id} booth={booth} feedback={actionData} />
                ))}
              </ul>
            </section>
          ) : null,
        )}
      </section>
    </article>
  );
}
