import { useTranslation } from "../../lib/translation";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/home";
import { FormErrorSummary, Notice, PageTitle, cardClass, primaryButton, secondaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { metaT } from "../../lib/locale";
import {
  countBy,
  PRODUCER_STATUSES,
  producerStatusKey,
  PROVINCE_CERTIFICATES_PATH,
  PROVINCE_PRODUCERS_PATH,
  PROVINCE_PRODUCTS_PATH,
  text,
  type FormErrors,
} from "../../lib/portal";
import { backendFormErrors } from "../../lib/portal-actions.server";
import {
  getProvinceMe,
  listClaims,
  listExpiring,
  listProvinceProducers,
  listProvinceProducts,
  officerClient,
  setAutoApprove,
} from "../../lib/province-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await officerClient(request);
  const [me, producers, products, claims, expiring] = await Promise.all([
    getProvinceMe(client),
    listProvinceProducers(client),
    listProvinceProducts(client, "pending"),
    listClaims(client, "pending"),
    listExpiring(client, 60),
  ]);
  return {
    province: me.province,
    autoApprove: me.settings.auto_approve_producers,
    producerCounts: countBy(producers, (p) => p.status),
    pendingProducts: products.length,
    pendingClaims: claims.length,
    expiring: expiring.length,
  };
}

type Result = { ok: true; message: string } | { ok: false; errors: FormErrors };

export async function action({ request }: Route.ActionArgs) {
  const client = await officerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const on = text(form, "auto_approve") === "on";
  try {
    await setAutoApprove(client, on);
    return { ok: true, message: on ? t("portal.province.autoApproveOn") : t("portal.province.autoApproveOff") } satisfies Result;
  } catch (error) {
    return data<Result>({ ok: false, errors: backendFormErrors(error) }, { status: 400 });
  }
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.province.metaTitle") }, { name: "robots", content: "noindex" }];
};

function CountCard({ label, value, to, testId }: { label: string; value: number; to: string; testId: string }) {
  return (
    <Link to={to} className={`${cardClass} block hover:border-leaf-700`}>
      <p className="text-sm font-semibold text-earth-700">{label}</p>
      <p className="mt-1 text-3xl font-bold text-leaf-900" data-testid={testId}>
        {value}
      </p>
    </Link>
  );
}

export default function ProvinceHome({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { province, autoApprove, producerCounts, pendingProducts, pendingClaims, expiring } = loaderData;
  return (
    <>
      <PageTitle>{t("portal.province.overviewHeading", { province: province.name })}</PageTitle>
      <div className="mt-6 grid gap-4 sm:grid-cols-3">
        <CountCard label={t("portal.province.pendingProducers")} value={producerCounts.pending ?? 0} to={`${PROVINCE_PRODUCERS_PATH}?status=pending`} testId="count-pending-producers" />
        <CountCard label={t("portal.province.pendingProducts")} value={pendingProducts} to={PROVINCE_PRODUCTS_PATH} testId="count-pending-products" />
        <CountCard label={t("portal.province.pendingClaims")} value={pendingClaims} to={PROVINCE_CERTIFICATES_PATH} testId="count-pending-claims" />
      </div>
      <section className={`${cardClass} mt-6`} aria-labelledby="producer-counts-title">
        <h2 id="producer-counts-title" className="text-lg font-semibold text-leaf-900">
          {t("portal.province.producersByStatus")}
        </h2>
        <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {PRODUCER_STATUSES.map((status) => (
            <li key={status}>
              <Link to={`${PROVINCE_PRODUCERS_PATH}?status=${status}`} className="text-leaf-800 underline">
                {t(producerStatusKey(status))}: {producerCounts[status] ?? 0}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link to={PROVINCE_CERTIFICATES_PATH} className="text-leaf-800 underline">
            {t("portal.province.expiringCount", { n: expiring })}
          </Link>
        </p>
      </section>
      <section className={`${cardClass} mt-6`} aria-labelledby="auto-approve-title">
        <h2 id="auto-approve-title" className="text-lg font-semibold text-leaf-900">
          {t("portal.province.autoApproveHeading")}
        </h2>
        <p className="mt-1 text-earth-800" data-testid="auto-approve-state" data-on={autoApprove ? "true" : "false"}>
          {autoApprove ? t("portal.province.autoApproveIsOn") : t("portal.province.autoApproveIsOff")}
        </p>
        <p className="mt-1 text-sm text-earth-700">{t("portal.province.autoApproveLead")}</p>
        {actionData?.ok ? (
          <div className="mt-3">
            <Notice kind="success" message={actionData.message} />
          </div>
        ) : null}
        {actionData && !actionData.ok ? <FormErrorSummary errors={actionData.errors} /> : null}
        <Form method="post" className="mt-3">
          <input type="hidden" name="auto_approve" value={autoApprove ? "off" : "on"} />
          <button type="submit" className={autoApprove ? secondaryButton : primaryButton}>
            {autoApprove ? t("portal.province.turnOff") : t("portal.province.turnOn")}
          </button>
        </Form>
      </section>
    </>
  );
}
