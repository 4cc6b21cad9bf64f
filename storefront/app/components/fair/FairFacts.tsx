import { useTranslation } from "../../lib/translation";
import { formatDateTime } from "../../lib/dates";
import type { ApiFairSummary } from "../../lib/fair";
import { useLocale } from "../../lib/locale";

/** Organiser (a province or "Toàn quốc"), dates in Vietnam time, booth and product counts. */
export function FairFacts({ fair, className = "" }: { fair: ApiFairSummary; className?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className={`flex flex-col gap-1 text-sm text-earth-800 ${className}`}>
      <p>
        <span className="font-semibold text-leaf-900">{t("fair.organiser")}:</span>{" "}
        <span data-testid="fair-organiser">{fair.organiser?.name ?? t("fair.national")}</span>
      </p>
      <p data-testid="fair-dates">
        {t("fair.dates", { start: formatDateTime(fair.starts_at, locale), end: formatDateTime(fair.ends_at, locale) })}
      </p>
      <p data-testid="fair-counts">
        {t("fair.boothCount", { count: fair.booth_count })} · {t("fair.productCount", { count: fair.product_count })}
      </p>
    </div>
  );
}
