import { useTranslation } from "../../lib/translation";
import { StatusBadge } from "../portal/PortalUi";
import { fairPhaseKey, fairStatusKey, phaseTone } from "../../lib/fair-portal";
import { statusTone } from "../../lib/portal";

/** "Đã công bố" and "Đang diễn ra": what the organiser set and where the clock is. */
export function FairBadges({ status, phase }: { status: string; phase: string }) {
  const { t } = useTranslation();
  return (
    <span className="flex flex-wrap gap-2">
      <StatusBadge tone={statusTone(status)} testId="fair-status" value={status}>
        {t(fairStatusKey(status))}
      </StatusBadge>
      <StatusBadge tone={phaseTone(phase)} testId="fair-phase" value={phase}>
        {t(fairPhaseKey(phase))}
      </StatusBadge>
    </span>
  );
}
