import { useId, type ReactNode } from "react";
import { useTranslation } from "../../lib/translation";
import { formatDateOrNull } from "../../lib/dates";
import { useLocale } from "../../lib/locale";
import {
  isIssuerLevel,
  latestWithStatus,
  revocationReasonOf,
  type OcopCertificate,
  type OcopHistoryEntry,
  type OcopStatus,
} from "../../lib/ocop";

export interface CertificatePanelProps {
  /** Stars shown for the product: null unless a certificate is in force. */
  stars: number | null;
  status: OcopStatus;
  certificate: OcopCertificate | null;
  /** Older, lapsed or revoked certificates (no stars). */
  history?: ReadonlyArray<OcopHistoryEntry>;
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-earth-100 py-2 sm:flex-row sm:gap-4">
      <dt className="text-sm text-earth-700 sm:w-44 sm:shrink-0">{label}</dt>
      <dd className="font-medium text-leaf-950" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function DateText({ value }: { value: string | null | undefined }) {
  const locale = useLocale();
  const text = formatDateOrNull(value, locale);
  if (!text || !value) return <>—</>;
  return <time dateTime={value}>{text}</time>;
}

function IssuerLevel({ level }: { level: string }) {
  const { t } = useTranslation();
  return <>{isIssuerLevel(level) ? t(`issuerLevel.${level}`) : level}</>;
}

function CertificateHistory({ history }: { history: ReadonlyArray<OcopHistoryEntry> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!history.length) return null;
  return (
    <details className="group mt-4 rounded-lg border border-earth-200 bg-white" data-testid="certificate-history">
      <summary className="cursor-pointer list-none px-4 py-3 font-semibold text-leaf-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {t("certificate.historyHeading", { n: history.length })}
      </summary>
      <ol className="flex flex-col gap-3 px-4 pb-4">
        {history.map((entry) => (
          <li key={entry.id} className="rounded-md bg-earth-50 p-3 text-sm" data-testid="certificate-history-entry">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold text-leaf-950">{entry.decision_number}</span>
              <span
                className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                  entry.status === "revoked" ? "bg-red-100 text-red-900" : "bg-earth-100 text-earth-900"
                }`}
              >
                {t(`certificate.status.${entry.status}`)}
              </span>
            </p>
            <p className="mt-1 text-earth-800">
              {entry.issuing_body} · <IssuerLevel level={entry.issuer_level} />
              {entry.evaluation_round ? ` · ${entry.evaluation_round}` : ""}
            </p>
            <p className="text-earth-800">
              {t("certificate.historyValidity", {
                from: formatDateOrNull(entry.valid_from, locale) ?? "—",
                until: formatDateOrNull(entry.expires_at, locale) ?? "—",
              })}
            </p>
            {entry.status === "revoked" && entry.revocation_reason ? (
              <p className="text-red-900">{t("certificate.revocationReason", { reason: entry.revocation_reason })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * The product's OCOP certificate as printed on the decision, or a plain
 * sentence when no certificate is in force (expired, revoked), with the
 * certificate history (never with stars). Nothing for a product that was
 * never certified.
 */
export function CertificatePanel({ stars, status, certificate, history = [] }: CertificatePanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const inForce = certificate !== null && stars !== null;

  if (!inForce && (status === "none" || status === "valid" || status === "expiring") && history.length === 0) {
    return null;
  }

  let lapsed: ReactNode = null;
  if (!inForce) {
    const reason = status === "revoked" ? revocationReasonOf(history) : null;
    const sentence =
      status === "revoked"
        ? t("certificate.revoked")
        : status === "expired"
          ? t("certificate.expired")
          : status === "not_yet_valid"
            ? t("certificate.notYetValid")
            : null;
    const expiredEntry = status === "expired" ? latestWithStatus(history, "expired") : null;
    lapsed = sentence ? (
      <div
        data-testid="certificate-lapsed"
        className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
      >
        <p className="font-semibold">{sentence}</p>
        {reason ? <p className="mt-1">{t("certificate.revocationReason", { reason })}</p> : null}
        {expiredEntry ? (
          <p className="mt-1">
            {t("certificate.validUntil")}: <DateText value={expiredEntry.expires_at} />
          </p>
        ) : null}
        <p className="mt-1 text-sm">{t("certificate.noStarsNote")}</p>
      </div>
    ) : null;
  }

  return (
    <section
      aria-labelledby={headingId}
      data-testid="certificate-panel"
      data-status={status}
      className="rounded-2xl border border-earth-200 bg-rice-100 p-4 sm:p-6"
    >
      <h2 id={headingId} className="text-xl font-semibold text-leaf-900">
        {t("certificate.heading")}
      </h2>

      {inForce && certificate ? (
        <>
          {certificate.status === "expiring" || status === "expiring" ? (
            <p
              data-testid="certificate-expiring"
              className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 font-semibold text-amber-950"
            >
              {t("certificate.expiringNote", { date: formatDateOrNull(certificate.expires_at, locale) ?? "—" })}
            </p>
          ) : null}
          <dl className="mt-3">
            <Row label={t("filters.stars")}>{t("ocop.starsOption", { stars })}</Row>
            <Row label={t("certificate.decisionNumber")} testId="certificate-decision">
              {certificate.decision_number}
            </Row>
            <Row label={t("certificate.issuingBody")}>{certificate.issuing_body}</Row>
            <Row label={t("certificate.issuerLevel")}>
              <IssuerLevel level={certificate.issuer_level} />
            </Row>
            <Row label={t("certificate.decisionDate")}>
              <DateText value={certificate.decision_date} />
            </Row>
            <Row label={t("certificate.validFrom")}>
              <DateText value={certificate.valid_from} />
            </Row>
            <Row label={t("certificate.validUntil")} testId="certificate-valid-until">
              <DateText value={certificate.expires_at} />
            </Row>
            {certificate.evaluation_round ? (
              <Row label={t("certificate.evaluationRound")}>{certificate.evaluation_round}</Row>
            ) : null}
            {typeof certificate.score === "number" ? (
              <Row label={t("certificate.score")}>{t("certificate.scoreValue", { score: certificate.score })}</Row>
            ) : null}
            <Row label={t("certificate.producerAddress")}>
              <span className="block">{certificate.producer_address}</span>
              <span className="mt-1 block text-sm font-normal text-earth-700">
                {t("certificate.producerAddressNote")}
              </span>
            </Row>
          </dl>
        </>
      ) : (
        lapsed
      )}

      <CertificateHistory history={history} />
    </section>
  );
}
