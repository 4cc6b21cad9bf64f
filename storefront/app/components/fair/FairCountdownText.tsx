import { useTranslation } from "../../lib/translation";
import { countdownMessage, countdownParts } from "../../lib/countdown";
import { countdownTarget, type ApiFairSummary } from "../../lib/fair";

/** A still "Khai mạc sau: Còn 2 ngày 03:04:05" for a list card (from the backend's `now`); nothing once over. */
export function FairCountdownText({ fair }: { fair: ApiFairSummary }) {
  const { t } = useTranslation();
  const target = countdownTarget(fair);
  if (!target) return null;
  const message = countdownMessage(countdownParts(fair.now, target));
  return (
    <p className="text-sm font-medium text-leaf-900" data-testid="fair-countdown-text">
      {t(fair.phase === "upcoming" ? "fair.countdown.untilStart" : "fair.countdown.untilEnd")}: {t(message.key, message.values)}
    </p>
  );
}
