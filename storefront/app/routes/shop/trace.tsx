import { useId, type ReactNode } from "react";
import { useTranslation } from "../../lib/translation";
import { data, Link, type ShouldRevalidateFunctionArgs } from "react-router";
import type { Route } from "./+types/trace";
import { CertificatePanel } from "../../components/ocop/CertificatePanel";
import { OcopMark } from "../../components/ocop/OcopMark";
import { OriginTag } from "../../components/ocop/OriginTag";
import { StarBadge } from "../../components/ocop/StarBadge";
import { ProducerLocation } from "../../components/ProducerLocation";
import { formatDateOrNull, formatDateTime } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { shownStars } from "../../lib/ocop";
import { HOME_PATH, producerPath, productPath, PRODUCTS_PATH } from "../../lib/paths";
import { isTraceEventType, verdictTone, type ApiTraceFound, type TraceVerdict, type VerdictTone } from "../../lib/trace";
import { traceStamp } from "../../lib/trace.server";
import { PinIcon } from "../../components/PinIcon";

/**
 * The page a QR stamp opens. The backend counts every lookup as a scan, so
 * the loader calls it exactly once per page view and the page never
 * revalidates on its own (see shouldRevalidate). An unknown code is a 404
 * that still shows its verdict.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const result = await traceStamp(params.code);
  return data(
    { result },
    { status: result.verdict === "unknown" ? 404 : 200, headers: { "Cache-Control": "no-store" } },
  );
}

export const headers: Route.HeadersFunction = ({ parentHeaders, loaderHeaders, errorHeaders }) => {
  const headers = new Headers(parentHeaders);
  headers.set("Cache-Control", "no-store");
  headers.set("X-Robots-Tag", "noindex");
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  loaderHeaders.forEach((value, key) => {
    if (key.toLowerCase() !== "cache-control") headers.set(key, value);
  });
  return headers;
};

/** Same stamp, same page: a language switch or a form elsewhere must not count another scan. */
export function shouldRevalidate({ currentParams, nextParams, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentParams.code !== nextParams.code ? defaultShouldRevalidate : false;
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  const t = metaT(matches);
  const result = loaderData?.result;
  const scans = result && result.verdict !== "unknown" ? result.scans.count : 0;
  return [
    {
      title: result
        ? `${t(`trace.verdict.${result.verdict}.title`, { scans })} | ${t("trace.metaTitle")}`
        : t("trace.metaTitle"),
    },
    { name: "robots", content: "noindex" },
  ];
};

const TONE_CLASSES: Record<VerdictTone, string> = {
  good: "bg-green-700 text-white",
  danger: "bg-red-700 text-white",
  warning: "border-2 border-amber-500 bg-amber-100 text-amber-950",
};

const TONE_ICONS: Record<VerdictTone, string> = { good: "✓", danger: "✕", warning: "!" };

function Verdict({ verdict, code, scans }: { verdict: TraceVerdict; code: string; scans: number }) {
  const { t } = useTranslation();
  const tone = verdictTone(verdict);
  return (
    <section
      aria-labelledby="trace-verdict-title"
      data-testid="trace-verdict"
      data-verdict={verdict}
      data-tone={tone}
      className={`rounded-2xl p-5 sm:p-8 ${TONE_CLASSES[tone]}`}
    >
      <p aria-hidden="true" className="flex h-14 w-14 items-center justify-center rounded-full border-4 border-current text-3xl font-black">
        {TONE_ICONS[tone]}
      </p>
      <h1 id="trace-verdict-title" className="mt-3 text-2xl leading-tight font-bold sm:text-3xl">
        {t(`trace.verdict.${verdict}.title`, { scans })}
      </h1>
      <p className="mt-2 text-lg">{t(`trace.verdict.${verdict}.body`, { code })}</p>
      <p className="mt-4 text-sm">
        {t("trace.code")}:{" "}
        <span className="font-mono text-base font-semibold tracking-wider break-all" data-testid="trace-code">
          {code}
        </span>
      </p>
    </section>
  );
}

function Card({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId} className="rounded-2xl border border-earth-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-xl font-semibold text-leaf-900">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function Found({ result }: { result: ApiTraceFound }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { product, producer, lot, scans, verdict } = result;
  // Stars only for a genuine stamp of a product whose certificate is in force.
  const stars = verdict === "genuine" ? shownStars(product?.ocop) : null;
  const firstScan = scans.first_scanned_at ? formatDateTime(scans.first_scanned_at, locale) : null;

  return (
    <>
      {product ? (
        <Card title={t("trace.product")} testId="trace-product">
          <div className="flex gap-4">
            {product.thumbnail ? (
              <img
                src={product.thumbnail}
                alt={product.title}
                width={96}
                height={96}
                className="h-24 w-24 shrink-0 rounded-lg border border-earth-200 bg-earth-100 object-cover"
              />
            ) : null}
            <div className="flex flex-col gap-1">
              <p className="text-lg leading-snug font-semibold text-leaf-950">{product.title}</p>
              {product.subtitle ? <p className="text-earth-800">{product.subtitle}</p> : null}
              <div className="flex flex-wrap items-center gap-2">
                <StarBadge stars={stars} size="sm" />
                <OcopMark isOcop={stars !== null} />
              </div>
            </div>
          </div>
          <OriginTag origin={product.origin} hints={[product.ocop.certificate?.producer_address, product.subtitle]} className="mt-3" />
          <p className="mt-3">
            <Link to={productPath(product.handle)} className="font-semibold text-leaf-800 underline underline-offset-4">
              {t("trace.viewProduct")} →
            </Link>
          </p>
        </Card>
      ) : null}

      {producer ? (
        <Card title={t("trace.producer")} testId="trace-producer">
          <p className="text-lg font-semibold">
            <Link to={producerPath(producer.slug)} data-testid="producer-link" className="text-leaf-800 underline underline-offset-4">
              {producer.name}
            </Link>
          </p>
          <p className="text-sm text-earth-700">{t(`producerType.${producer.type}`)}</p>
          {producer.address ? <p className="mt-2 text-earth-800">{producer.address}</p> : null}
          {producer.province || producer.commune ? (
            <p className="mt-1 text-earth-800">
              <PinIcon className="mr-1 text-earth-600" />
              <ProducerLocation province={producer.province} commune={producer.commune} />
            </p>
          ) : null}
        </Card>
      ) : null}

      <Card title={t("trace.lot")} testId="trace-lot">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="text-earth-700">{t("trace.lotCode")}</dt>
          <dd className="font-mono font-semibold" data-testid="trace-lot-code">
            {lot.lot_code}
          </dd>
          <dt className="text-earth-700">{t("trace.producedAt")}</dt>
          <dd className="font-medium">
            <time dateTime={lot.produced_at}>{formatDateOrNull(lot.produced_at, locale) ?? "—"}</time>
          </dd>
          {lot.expires_at ? (
            <>
              <dt className="text-earth-700">{t("trace.expiresAt")}</dt>
              <dd className="font-medium">
                <time dateTime={lot.expires_at}>{formatDateOrNull(lot.expires_at, locale) ?? "—"}</time>
              </dd>
            </>
          ) : null}
          {typeof lot.quantity === "number" ? (
            <>
              <dt className="text-earth-700">{t("trace.quantity")}</dt>
              <dd className="font-medium">{lot.quantity.toLocaleString(locale === "en" ? "en-GB" : "vi-VN")}</dd>
            </>
          ) : null}
        </dl>
      </Card>

      {lot.events.length ? (
        <Card title={t("trace.events")} testId="trace-events">
          <p className="text-sm text-earth-700">{t("trace.timesNote")}</p>
          <ol className="mt-3 flex flex-col">
            {lot.events.map((event, index) => (
              <li
                key={`${event.type}-${event.occurred_at}-${index}`}
                data-testid="trace-event"
                data-type={event.type}
                className="relative border-l-2 border-leaf-300 pb-5 pl-6 last:border-transparent last:pb-0"
              >
                <span aria-hidden="true" className="absolute top-1 -left-[9px] h-4 w-4 rounded-full border-2 border-white bg-leaf-700" />
                <p className="font-semibold text-leaf-950">
                  {isTraceEventType(event.type) ? t(`trace.eventType.${event.type}`) : t("trace.eventType.other")}
                </p>
                <p className="text-sm text-earth-800">
                  <time dateTime={event.occurred_at}>{formatDateTime(event.occurred_at, locale)}</time>
                  {event.location ? ` · ${event.location}` : ""}
                </p>
                {event.note ? <p className="mt-1 text-sm text-leaf-950">{event.note}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}

      {product ? (
        <CertificatePanel
          stars={product.ocop.is_ocop ? shownStars(product.ocop) : null}
          status={product.ocop.status}
          certificate={product.ocop.certificate}
        />
      ) : null}

      <Card title={t("trace.scans")} testId="trace-scans">
        <p className="font-medium" data-scan-count={scans.count}>
          {t("trace.scanCount", { scans: scans.count })}
        </p>
        {firstScan ? <p className="mt-1 text-sm text-earth-800">{t("trace.firstScan", { date: firstScan })}</p> : null}
      </Card>
    </>
  );
}

export default function TracePage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { result } = loaderData;
  const scans = result.verdict === "unknown" ? 0 : result.scans.count;
  return (
    <div data-testid="trace-page" className="mx-auto flex max-w-2xl flex-col gap-4">
      <Verdict verdict={result.verdict} code={result.code} scans={scans} />
      {result.verdict === "unknown" ? (
        <p className="flex flex-wrap gap-3">
          <Link to={HOME_PATH} className="rounded-full bg-leaf-700 px-5 py-2 font-semibold text-white hover:bg-leaf-800">
            {t("errors.backHome")}
          </Link>
          <Link
            to={PRODUCTS_PATH}
            className="rounded-full border border-leaf-700 px-5 py-2 font-semibold text-leaf-800 hover:bg-leaf-50"
          >
            {t("nav.products")}
          </Link>
        </p>
      ) : (
        <Found result={result} />
      )}
    </div>
  );
}
