import { useTranslation } from "../../lib/translation";
import { BarChart } from "./BarChart";
import { cardClass } from "../portal/PortalUi";
import type { FairResults } from "../../lib/fair-portal-types";
import { shortDay } from "../../lib/fair-time";
import { useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";

const thClass = "border-b border-earth-200 px-2 py-1.5 text-left font-semibold";
const tdClass = "border-b border-earth-100 px-2 py-1.5";
const numClass = `${tdClass} text-right tabular-nums`;

/** A fair's results (the officer's whole fair, or a producer's own booth): totals, day-by-day charts and tables, top lists. */
export function FairResultsView({ results, showBooths = true }: { results: FairResults; showBooths?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { totals, days, top_booths: booths, top_products: products } = results;
  const number = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US");
  const labels = days.map((d) => shortDay(d.day, locale));
  const range = days.length ? { first: labels[0], last: labels[labels.length - 1] } : null;
  const describe = (label: string, values: number[], format: (n: number) => string) =>
    range
      ? t("fairPortal.results.chartDesc", { label, first: range.first, last: range.last, max: format(Math.max(0, ...values)) })
      : t("fairPortal.results.chartEmpty");
  const totalCards = [
    { key: "views", label: t("fairPortal.results.views"), value: number.format(totals.views) },
    { key: "unique_visitors", label: t("fairPortal.results.uniqueVisitors"), value: number.format(totals.unique_visitors) },
    { key: "orders", label: t("fairPortal.results.orders"), value: number.format(totals.orders) },
    { key: "revenue", label: t("fairPortal.results.revenue"), value: formatVnd(totals.revenue) },
  ];
  const views = days.map((d) => d.views);
  const revenue = days.map((d) => d.revenue);
  return (
    <div className="mt-6 flex flex-col gap-6" data-testid="fair-results">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {totalCards.map((card) => (
          <div key={card.key} className={cardClass}>
            <dt className="text-sm font-semibold text-earth-700">{card.label}</dt>
            <dd className="mt-1 text-2xl font-bold text-leaf-900" data-testid={`total-${card.key}`}>
              {card.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-earth-700">{t("fairPortal.results.note")}</p>
      <section className={cardClass} aria-labelledby="views-chart-title">
        <h2 id="views-chart-title" className="text-lg font-semibold text-leaf-900">
          {t("fairPortal.results.viewsChart")}
        </h2>
        <BarChart
          title={t("fairPortal.results.viewsChart")}
          description={describe(t("fairPortal.results.views"), views, (n) => number.format(n))}
          labels={labels}
          values={views}
          format={(n) => number.format(n)}
          testId="chart-views"
        />
      </section>
      <section className={cardClass} aria-labelledby="revenue-chart-title">
        <h2 id="revenue-chart-title" className="text-lg font-semibold text-leaf-900">
          {t("fairPortal.results.revenueChart")}
        </h2>
        <BarChart
          title={t("fairPortal.results.revenueChart")}
          description={describe(t("fairPortal.results.revenue"), revenue, formatVnd)}
          labels={labels}
          values={revenue}
          format={formatVnd}
          testId="chart-revenue"
        />
      </section>
      <details className={cardClass}>
        <summary className="cursor-pointer font-semibold text-leaf-900">{t("fairPortal.results.dataTable")}</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm" data-testid="results-days">
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("fairPortal.results.day")}</th>
                <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.views")}</th>
                <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.uniqueVisitors")}</th>
                <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.orders")}</th>
                <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.revenue")}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day, index) => (
                <tr key={day.day}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>{labels[index]}</th>
                  <td className={numClass}>{number.format(day.views)}</td>
                  <td className={numClass}>{number.format(day.unique_visitors)}</td>
                  <td className={numClass}>{number.format(day.orders)}</td>
                  <td className={numClass}>{formatVnd(day.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {showBooths ? (
        <section className={cardClass} aria-labelledby="top-booths-title">
          <h2 id="top-booths-title" className="text-lg font-semibold text-leaf-900">{t("fairPortal.results.topBooths")}</h2>
          {booths.length ? (
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-sm" data-testid="top-booths">
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>{t("fairPortal.results.booth")}</th>
                    <th scope="col" className={thClass}>{t("fairPortal.results.producer")}</th>
                    <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.orders")}</th>
                    <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.revenue")}</th>
                  </tr>
                </thead>
                <tbody>
                  {booths.map((booth) => (
                    <tr key={booth.booth_id}>
                      <td className={tdClass}>{booth.number ?? "—"}</td>
                      <th scope="row" className={`${tdClass} text-left font-normal`}>{booth.producer_name}</th>
                      <td className={numClass}>{number.format(booth.orders)}</td>
                      <td className={numClass}>{formatVnd(booth.revenue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="mt-2 text-earth-800">{t("fairPortal.results.noOrders")}</p>
          )}
        </section>
      ) : null}
      <section className={cardClass} aria-labelledby="top-products-title">
        <h2 id="top-products-title" className="text-lg font-semibold text-leaf-900">{t("fairPortal.results.topProducts")}</h2>
        {products.length ? (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm" data-testid="top-products">
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t("fairPortal.results.product")}</th>
                  <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.quantity")}</th>
                  <th scope="col" className={`${thClass} text-right`}>{t("fairPortal.results.revenue")}</th>
                </tr>
              </thead>
              <tbody>
                {products.map((product) => (
                  <tr key={product.product_id}>
                    <th scope="row" className={`${tdClass} text-left font-normal`}>{product.title}</th>
                    <td className={numClass}>{number.format(product.quantity)}</td>
                    <td className={numClass}>{formatVnd(product.revenue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-earth-800">{t("fairPortal.results.noOrders")}</p>
        )}
      </section>
    </div>
  );
}
