import type { ReactNode } from "react";
import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { FairBadges } from "./FairBadges";
import { formatDateTime } from "../../lib/dates";
import { fairKindKey } from "../../lib/fair-portal";
import type { FairSummary } from "../../lib/fair-portal-types";
import { useLocale } from "../../lib/locale";

/** A fair's name (a link when `to` is given), kind, dates in Vietnam time, badges and counts. */
export function FairHeading({ fair, to, children }: { fair: FairSummary; to?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <div className="min-w-0">
        {to ? (
          <Link to={to} className="text-lg font-semibold break-words text-leaf-800 underline" data-testid="fair-name">
            {fair.name}
          </Link>
        ) : (
          <p className="text-lg font-semibold break-words text-leaf-900" data-testid="fair-name">
            {fair.name}
          </p>
        )}
        <p className="text-sm text-earth-800">
          {t(fairKindKey(fair.kind))} ·{" "}
          <span data-testid="fair-dates">
            {t("fairPortal.dates", { start: formatDateTime(fair.starts_at, locale), end: formatDateTime(fair.ends_at, locale) })}
          </span>
        </p>
        <p className="text-sm text-earth-800" data-testid="fair-counts">
          {t("fairPortal.counts", { booths: fair.booth_count ?? 0, products: fair.product_count ?? 0 })}
        </p>
        {children}
      </div>
      <FairBadges status={fair.status} phase={fair.phase} />
    </div>
  );
}
