import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { fairKindKey, type ApiFairSummary } from "../../lib/fair";
import { fairPath } from "../../lib/fair-paths";
import { FairCountdownText } from "./FairCountdownText";
import { FairFacts } from "./FairFacts";
import { FairPhaseBadge } from "./FairPhaseBadge";

/** A fair in the list: banner, kind, phase, name (the whole card is its link), organiser, dates, countdown, counts. */
export function FairCard({ fair }: { fair: ApiFairSummary }) {
  const { t } = useTranslation();
  return (
    <article
      data-testid="fair-card"
      data-slug={fair.slug}
      data-phase={fair.phase}
      className="relative flex h-full flex-col overflow-hidden rounded-xl border border-earth-200 bg-white shadow-sm focus-within:ring-2 focus-within:ring-leaf-700 hover:shadow-md"
    >
      {fair.banner_url ? (
        <img
          src={fair.banner_url}
          alt={t("fair.bannerAlt", { name: fair.name })}
          loading="lazy"
          className="aspect-[3/1] w-full object-cover"
        />
      ) : null}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs font-semibold tracking-wide text-earth-700 uppercase" data-testid="fair-kind">
            {t(fairKindKey(fair.kind))}
          </span>
          <FairPhaseBadge fair={fair} />
        </div>
        <h3 className="text-lg leading-snug font-semibold text-leaf-900">
          <Link to={fairPath(fair.slug)} className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none">
            {fair.name}
          </Link>
        </h3>
        <FairFacts fair={fair} />
        <FairCountdownText fair={fair} />
      </div>
    </article>
  );
}
