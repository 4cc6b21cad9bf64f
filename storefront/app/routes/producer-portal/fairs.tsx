import { useTranslation } from "../../lib/translation";
import { data, Link } from "react-router";
import type { Route } from "./+types/fairs";
import { BoothApplication, boothCandidates } from "../../components/fair-portal/BoothApplication";
import { BoothState } from "../../components/fair-portal/BoothState";
import { FairHeading } from "../../components/fair-portal/FairHeading";
import { Notice, PageTitle, cardClass } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { boothPathRenamer, parseBoothApplication } from "../../lib/booth-form";
import { fairFormErrors } from "../../lib/fair-errors";
import { producerFairResultsPath } from "../../lib/fair-portal";
import { metaT } from "../../lib/locale";
import { hasErrors, text, type FormErrors } from "../../lib/portal";
import { backendFormErrors } from "../../lib/portal-actions.server";
import { applyForBooth, listProducerFairs } from "../../lib/producer-fairs.server";
import { listProducts, producerClient } from "../../lib/producer-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const [fairs, products] = await Promise.all([listProducerFairs(client), listProducts(client)]);
  return { fairs, candidates: boothCandidates(products) };
}

type Result = { ok: true; id: string; message: string } | { ok: false; id: string; errors: FormErrors };

export async function action({ request }: Route.ActionArgs) {
  const client = await producerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const id = text(form, "id");
  const fail = (errors: FormErrors) => data<Result>({ ok: false, id, errors }, { status: 400 });
  const { payload, errors: local } = parseBoothApplication(form);
  const errors = fairFormErrors(local, t);
  if (!id || text(form, "intent") !== "apply") return fail({ form: [t("portal.errors.unknownAction")], fields: {} });
  if (hasErrors(errors)) return fail(errors);
  try {
    await applyForBooth(client, id, payload);
    return { ok: true, id, message: t("fairPortal.producer.applied") } satisfies Result;
  } catch (error) {
    return fail(backendFormErrors(error, { rename: boothPathRenamer(payload.products.map((p) => p.product_id)) }));
  }
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("fairPortal.producer.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProducerFairs({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { fairs, candidates } = loaderData;
  return (
    <>
      <PageTitle>{t("fairPortal.producer.heading")}</PageTitle>
      <p className="mt-2 text-earth-800">{t("fairPortal.producer.lead")}</p>
      {fairs.length ? (
        <ul className="mt-6 flex flex-col gap-4" data-testid="producer-fairs">
          {fairs.map((fair) => {
            const mine = actionData && actionData.id === fair.id ? actionData : null;
            const canApply = fair.booth?.status !== "approved";
            return (
              <li key={fair.id} className={`${cardClass} flex flex-col gap-4`} data-testid="producer-fair" data-fair-id={fair.id}>
                <FairHeading fair={fair} />
                {fair.description ? <p className="text-sm">{fair.description}</p> : null}
                <BoothState booth={fair.booth} />
                {mine?.ok ? <Notice kind="success" message={mine.message} /> : null}
                {fair.booth?.status === "approved" ? (
                  <Link to={producerFairResultsPath(fair.id)} className="font-semibold text-leaf-800 underline" data-testid="booth-results-link">
                    {t("fairPortal.producer.resultsLink")}
                  </Link>
                ) : null}
                {canApply ? (
                  <details open={mine && !mine.ok ? true : undefined} className="rounded-lg border border-earth-200 p-3">
                    <summary className="cursor-pointer font-semibold text-leaf-800">
                      {fair.booth ? t("fairPortal.producer.changeApplication") : t("fairPortal.producer.apply")}
                    </summary>
                    <div className="mt-3">
                      <BoothApplication fairId={fair.id} booth={fair.booth} candidates={candidates} errors={mine && !mine.ok ? mine.errors : null} />
                    </div>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-6 text-earth-800">{t("fairPortal.producer.empty")}</p>
      )}
    </>
  );
}
