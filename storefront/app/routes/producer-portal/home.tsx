import { useTranslation } from "../../lib/translation";
import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/home";
import {
  FormErrorSummary,
  Notice,
  PageTitle,
  StatusBadge,
  TextField,
  cardClass,
  primaryButton,
} from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { formatDate } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import {
  chosenFiles,
  PRODUCER_NEW_PRODUCT_PATH,
  PRODUCER_ORDERS_PATH,
  producerProductPath,
  producerStatusKey,
  statusTone,
} from "../../lib/portal";
import { backendFormErrors } from "../../lib/portal-actions.server";
import type { Dashboard } from "../../lib/portal-types";
import { getDashboard, getMe, producerClient, uploadPapers } from "../../lib/producer-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const { producer } = await getMe(client);
  const dashboard: Dashboard | null = producer.status === "approved" ? await getDashboard(client) : null;
  return {
    producer: {
      name: producer.name,
      status: producer.status,
      rejection_reason: producer.rejection_reason,
      suspension_reason: producer.suspension_reason,
      trusted: producer.trusted,
      papers: producer.papers ?? [],
    },
    dashboard,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const client = await producerClient(request);
  const t = getFixedT(await getLocale(request));
  const files = chosenFiles(await request.formData(), "files");
  if (!files.length) {
    return data({ ok: false as const, errors: { form: [t("portal.papers.noneChosen")], fields: {} } }, { status: 400 });
  }
  try {
    await uploadPapers(client, files);
    return { ok: true as const, message: t("portal.papers.uploaded", { n: files.length }) };
  } catch (error) {
    return data({ ok: false as const, errors: backendFormErrors(error) }, { status: 400 });
  }
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.producer.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProducerHome({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { producer, dashboard } = loaderData;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <PageTitle>{producer.name}</PageTitle>
        <StatusBadge tone={statusTone(producer.status)} testId="producer-status" value={producer.status}>
          {t(producerStatusKey(producer.status))}
        </StatusBadge>
      </div>
      {dashboard ? (
        <DashboardView dashboard={dashboard} />
      ) : (
        <StatusView producer={producer} actionData={actionData} />
      )}
    </>
  );
}

function StatusView({
  producer,
  actionData,
}: {
  producer: Route.ComponentProps["loaderData"]["producer"];
  actionData: Route.ComponentProps["actionData"];
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const reason = producer.status === "rejected" ? producer.rejection_reason : producer.status === "suspended" ? producer.suspension_reason : null;
  return (
    <div className="mt-4 flex flex-col gap-6">
      <section className={cardClass} data-testid="producer-status-panel">
        <p className="text-lg text-leaf-950">{t(`portal.producer.statusLead.${producer.status}`)}</p>
        {reason ? (
          <p className="mt-2 text-lotus-700" data-testid="producer-status-reason">
            {t("portal.reason", { reason })}
          </p>
        ) : null}
      </section>

      <section className={cardClass} aria-labelledby="papers-title">
        <h2 id="papers-title" className="text-xl font-semibold text-leaf-900">
          {t("portal.papers.heading")}
        </h2>
        {producer.papers.length ? (
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
        <Form method="post" encType="multipart/form-data" className="mt-4 flex flex-col gap-3">
          {actionData?.ok ? <Notice kind="success" message={actionData.message} /> : null}
          {actionData && !actionData.ok ? <FormErrorSummary errors={actionData.errors} /> : null}
          <TextField
            label={t("portal.papers.files")}
            name="files"
            type="file"
            multiple
            required
            accept="application/pdf,image/jpeg,image/png,image/webp"
            hint={t("portal.papers.hint")}
          />
          <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
            {t("portal.papers.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}

function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="mt-4 flex flex-col gap-6" data-testid="producer-dashboard">
      <div className="grid gap-4 sm:grid-cols-2">
        <Link to={`${PRODUCER_ORDERS_PATH}?status=pending`} className={`${cardClass} block hover:border-leaf-700`}>
          <p className="text-sm font-semibold text-earth-700">{t("portal.dashboard.newOrders")}</p>
          <p className="mt-1 text-3xl font-bold text-leaf-900" data-testid="dashboard-new-orders">
            {dashboard.new_orders}
          </p>
        </Link>
        <div className={cardClass}>
          <p className="text-sm font-semibold text-earth-700">{t("portal.dashboard.revenueWeek")}</p>
          <p className="mt-1 text-3xl font-bold text-leaf-900" data-testid="dashboard-revenue">
            {formatVnd(dashboard.revenue_week)}
          </p>
          <p className="mt-1 text-sm text-earth-700">{t("portal.dashboard.revenueNote")}</p>
        </div>
      </div>
      <div>
        <Link to={PRODUCER_NEW_PRODUCT_PATH} className={primaryButton}>
          {t("portal.products.new")}
        </Link>
      </div>
      <section className={cardClass} aria-labelledby="low-stock-title">
        <h2 id="low-stock-title" className="text-xl font-semibold text-leaf-900">
          {t("portal.dashboard.lowStock")}
        </h2>
        {dashboard.low_stock.length ? (
          <ul className="mt-2 divide-y divide-earth-200">
            {dashboard.low_stock.map((row) => (
              <li key={`${row.product_id}-${row.variant_title}`} className="flex justify-between gap-3 py-2">
                <Link to={producerProductPath(row.product_id)} className="text-leaf-800 underline">
                  {row.title} — {row.variant_title}
                </Link>
                <span className="font-semibold whitespace-nowrap">{t("portal.dashboard.stockLeft", { n: row.stock })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-earth-800">{t("portal.dashboard.noLowStock")}</p>
        )}
      </section>
      <section className={cardClass} aria-labelledby="expiring-title">
        <h2 id="expiring-title" className="text-xl font-semibold text-leaf-900">
          {t("portal.dashboard.expiring")}
        </h2>
        {dashboard.expiring_certificates.length ? (
          <ul className="mt-2 divide-y divide-earth-200">
            {dashboard.expiring_certificates.map((row) => (
              <li key={`${row.product_id}-${row.decision_number}`} className="flex flex-wrap justify-between gap-x-3 py-2">
                <Link to={producerProductPath(row.product_id)} className="text-leaf-800 underline">
                  {row.title}
                </Link>
                <span className="text-earth-800">
                  {t("portal.dashboard.expiresOn", { decision: row.decision_number, date: formatDate(row.expires_at, locale) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-earth-800">{t("portal.dashboard.noExpiring")}</p>
        )}
      </section>
    </div>
  );
}
