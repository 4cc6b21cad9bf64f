import { useTranslation } from "../../lib/translation";
import { countdownTarget, fairKindKey, type ApiFairSummary } from "../../lib/fair";
import { Countdown } from "../ocop/Countdown";
import { FairFacts } from "./FairFacts";
import { FairPhaseBadge } from "./FairPhaseBadge";

/**
 * The fair's hero: banner, kind and phase, name, organiser and dates, and the
 * live countdown (to the opening while upcoming, to the close while live).
 * `onCountdownDone` lets the page reload its data when the phase changes.
 */
export function FairHero({ fair, onCountdownDone }: { fair: ApiFairSummary; onCountdownDone?: () => void }) {
  const { t } = useTranslation();
  const target = countdownTarget(fair);
  return (
    <header className="overflow-hidden rounded-2xl border border-earth-200 bg-white" data-testid="fair-hero" data-phase={fair.phase}>
      {fair.banner_url ? (
        <img src={fair.banner_url} alt={t("fair.bannerAlt", { name: fair.name })} className="aspect-[4/1] w-full object-cover" />
      ) : null}
      <div className="flex flex-col gap-3 p-5 sm:p-6">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold tracking-wide text-earth-700 uppercase" data-testid="fair-kind">
            {t(fairKindKey(fair.kind))}
          </span>
          <FairPhaseBadge fair={fair} />
        </div>
        <h1 className="text-3xl font-bold leading-tight text-leaf-900 sm:text-4xl">{fair.name}</h1>
        <FairFacts fair={fair} className="text-base" />
        {target ? (
          <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-lg">
            <span className="font-semibold text-leaf-900">
              {t(fair.phase === "upcoming" ? "fair.countdown.untilStart" : "fair.countdown.untilEnd")}:
            </span>
            {/* A new countdown (fresh state) whenever the loader brings a new clock reading. */}
            <Countdown
              key={`${fair.now}|${target}`}
              target={target}
              serverNow={fair.now}
              onDone={onCountdownDone}
              className="text-2xl font-bold text-lotus-700"
            />
          </p>
        ) : null}
        <FairNotice fair={fair} />
      </div>
    </header>
  );
}

function FairNotice({ fair }: { fair: ApiFairSummary }) {
  const { t } = useTranslation();
  const key =
    fair.status === "cancelled"
      ? "fair.page.cancelledNotice"
      : fair.phase === "ended"
        ? "fair.page.endedNotice"
        : fair.phase === "upcoming"
          ? "fair.page.upcomingNotice"
          : null;
  if (!key) return null;
  return (
    <p className="rounded-lg bg-earth-100 px-3 py-2 text-earth-800" data-testid="fair-notice">
      {t(key)}
    </p>
  );
}
