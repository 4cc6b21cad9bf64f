import { useTranslation } from "../../lib/translation";
import { fairBadge, fairBadgeKey, type ApiFairSummary } from "../../lib/fair";

const STYLES = {
  live: "border-lotus-600 bg-lotus-700 text-white",
  upcoming: "border-amber-300 bg-amber-50 text-amber-950",
  ended: "border-earth-300 bg-earth-100 text-earth-800",
  cancelled: "border-earth-300 bg-white text-lotus-700",
} as const;

/** "Đang diễn ra", "Sắp diễn ra", "Đã kết thúc" or "Đã hủy". */
export function FairPhaseBadge({ fair, className = "" }: { fair: Pick<ApiFairSummary, "status" | "phase">; className?: string }) {
  const { t } = useTranslation();
  const badge = fairBadge(fair);
  return (
    <span
      data-testid="fair-phase"
      data-phase={badge}
      className={`inline-flex w-fit items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${STYLES[badge]} ${className}`}
    >
      {badge === "live" ? <span aria-hidden="true">●</span> : null}
      {t(fairBadgeKey(fair))}
    </span>
  );
}
