import { useTranslation } from "../../lib/translation";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/fairs";
import { FairFields, type FairFieldValues } from "../../components/fair-portal/FairFields";
import { FairHeading } from "../../components/fair-portal/FairHeading";
import { FormErrorSummary, PageTitle, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { fairFormErrors } from "../../lib/fair-errors";
import { compactFairPayload, parseFairForm } from "../../lib/fair-form";
import { provinceFairPath, provinceFairResultsPath } from "../../lib/fair-portal";
import { metaT } from "../../lib/locale";
import { hasErrors, type FormErrors } from "../../lib/portal";
import { backendFormErrors } from "../../lib/portal-actions.server";
import { commitPortalSession, flashNotice, getPortalSession } from "../../lib/portal-session.server";
import { createFair, listProvinceFairs } from "../../lib/province-fairs.server";
import { officerClient } from "../../lib/province-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await officerClient(request);
  return { fairs: await listProvinceFairs(client) };
}

type Failed = { ok: false; errors: FormErrors; values: FairFieldValues & { status?: string } };

export async function action({ request }: Route.ActionArgs) {
  const client = await officerClient(request);
  const t = getFixedT(await getLocale(request));
  const { payload, errors: local } = parseFairForm(await request.formData(), { withStatus: true });
  const fail = (errors: FormErrors) => data<Failed>({ ok: false, errors, values: payload }, { status: 400 });
  const errors = fairFormErrors(local, t);
  if (hasErrors(errors)) return fail(errors);
  try {
    const fair = await createFair(client, compactFairPayload(payload));
    const session = await getPortalSession(request);
    flashNotice(session, { kind: "success", message: t(payload.status === "published" ? "fairPortal.province.createdPublished" : "fairPortal.province.createdDraft") });
    return redirect(provinceFairPath(fair.id), { headers: { "Set-Cookie": await commitPortalSession(session) } });
  } catch (error) {
    return fail(backendFormErrors(error, { known: ["name", "kind", "description", "banner_url", "starts_at", "ends_at"] }));
  }
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("fairPortal.province.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProvinceFairs({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { fairs } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <PageTitle>{t("fairPortal.province.heading")}</PageTitle>
      {fairs.length ? (
        <ul className="mt-6 flex flex-col gap-3" data-testid="province-fairs">
          {fairs.map((fair) => (
            <li key={fair.id} className={cardClass} data-testid="province-fair" data-fair-id={fair.id}>
              <FairHeading fair={fair} to={provinceFairPath(fair.id)}>
                <p className="mt-1 text-sm">
                  <a href={provinceFairResultsPath(fair.id)} className="text-leaf-800 underline">
                    {t("fairPortal.province.resultsLink")}
                  </a>
                </p>
              </FairHeading>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-earth-800">{t("fairPortal.province.empty")}</p>
      )}
      <section className={`${cardClass} mt-8`} aria-labelledby="create-fair-title">
        <h2 id="create-fair-title" className="text-xl font-semibold text-leaf-900">
          {t("fairPortal.province.createHeading")}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" data-testid="create-fair-form">
          <FormErrorSummary errors={failed?.errors} />
          <FairFields values={failed?.values} errors={failed?.errors} />
          <fieldset>
            <legend className="mb-1 text-sm font-semibold text-leaf-900">{t("fairPortal.province.whenCreated")}</legend>
            <div className="flex flex-wrap gap-4">
              {(["draft", "published"] as const).map((status) => (
                <label key={status} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name="status" value={status} defaultChecked={(failed?.values.status ?? "draft") === status} className="h-5 w-5" />
                  {t(status === "draft" ? "fairPortal.province.keepDraft" : "fairPortal.province.publishNow")}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
            {t("fairPortal.province.create")}
          </button>
        </Form>
      </section>
    </>
  );
}
