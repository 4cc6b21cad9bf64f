import { useTranslation } from "../../lib/translation";
import { moderationKey, toModerationState } from "../../lib/portal";
import { StatusBadge } from "./PortalUi";

const TONE = { pending: "waiting", approved: "good", rejected: "bad" } as const;

/** Chờ duyệt / Đã duyệt / Bị từ chối, and the officer's reason when refused. */
export function ModerationBadge({ state, note, showNote = true }: { state: string; note?: string | null; showNote?: boolean }) {
  const { t } = useTranslation();
  const value = toModerationState(state);
  return (
    <span className="inline-flex flex-col gap-1">
      <StatusBadge tone={TONE[value]} testId="moderation-state" value={value}>
        {t(moderationKey(value))}
      </StatusBadge>
      {showNote && value === "rejected" && note ? (
        <span className="text-sm text-lotus-700" data-testid="moderation-note">
          {t("portal.reason", { reason: note })}
        </span>
      ) : null}
    </span>
  );
}
