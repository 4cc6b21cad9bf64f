import { useState } from "react";
import { useTranslation } from "../../lib/translation";
import { SelectField, TextField, secondaryButton } from "../portal/PortalUi";
import { SESSION_FIELDS } from "../../lib/fair-form";
import { SESSION_KINDS, sessionKindKey } from "../../lib/fair-portal";
import type { FairSession } from "../../lib/fair-portal-types";
import { isoToLocalInput } from "../../lib/fair-time";
import { useHydrated } from "../../lib/hydrated";
import type { FormErrors } from "../../lib/portal";

/** Empty rows offered without JavaScript (with it, "Thêm buổi" adds more). */
export const EMPTY_SESSION_ROWS = 3;

interface Row {
  key: string;
  session: Partial<FairSession>;
}

/**
 * The schedule editor: one row per session (title, kind, start, end, link,
 * host). Without JavaScript a row is removed by ticking its box and saving;
 * with it, "Xoá" takes the row away at once.
 */
export function SessionRows({ sessions, errors }: { sessions: ReadonlyArray<FairSession>; errors?: FormErrors | null }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [rows, setRows] = useState<Row[]>(() => [
    ...sessions.map((session, index) => ({ key: session.id ?? `s-${index}`, session })),
    ...Array.from({ length: EMPTY_SESSION_ROWS }, (_, index) => ({ key: `new-${index}`, session: {} })),
  ]);
  const [added, setAdded] = useState(EMPTY_SESSION_ROWS);
  const error = (row: number, field: string) => errors?.fields[`sessions.${row}.${field}`] ?? null;
  return (
    <div className="flex flex-col gap-3" data-testid="session-rows">
      {rows.map(({ key, session }, row) => (
        <fieldset key={key} className="grid gap-3 rounded-lg border border-earth-200 bg-rice-50 p-3 sm:grid-cols-3" data-testid="session-row">
          <legend className="px-1 text-sm font-semibold text-leaf-900">{t("fairPortal.sessions.rowLabel", { n: row + 1 })}</legend>
          <input type="hidden" name={SESSION_FIELDS.key} value={key} />
          <TextField className="sm:col-span-2" label={t("fairPortal.sessions.title")} name={SESSION_FIELDS.title} defaultValue={session.title ?? ""} error={error(row, "title")} />
          <SelectField label={t("fairPortal.sessions.kind")} name={SESSION_FIELDS.kind} defaultValue={session.kind ?? "livestream"} error={error(row, "kind")}>
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(sessionKindKey(kind))}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("fairPortal.sessions.startsAt")}
            name={SESSION_FIELDS.starts_at}
            type="datetime-local"
            defaultValue={isoToLocalInput(session.starts_at)}
            error={error(row, "starts_at")}
          />
          <TextField
            label={t("fairPortal.sessions.endsAt")}
            name={SESSION_FIELDS.ends_at}
            type="datetime-local"
            defaultValue={isoToLocalInput(session.ends_at)}
            error={error(row, "ends_at")}
          />
          <TextField label={t("fairPortal.sessions.host")} name={SESSION_FIELDS.host} defaultValue={session.host ?? ""} error={error(row, "host")} />
          <TextField
            className="sm:col-span-2"
            label={t("fairPortal.sessions.link")}
            name={SESSION_FIELDS.link_url}
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={session.link_url ?? ""}
            error={error(row, "link_url")}
          />
          <div className="flex items-end">
            {hydrated ? (
              <button type="button" className={secondaryButton} onClick={() => setRows((all) => all.filter((r) => r.key !== key))}>
                {t("fairPortal.sessions.removeNow")}
              </button>
            ) : (
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name={SESSION_FIELDS.remove} value={key} className="h-5 w-5" />
                {t("fairPortal.sessions.remove")}
              </label>
            )}
          </div>
        </fieldset>
      ))}
      {hydrated ? (
        <button
          type="button"
          className={`${secondaryButton} self-start`}
          onClick={() => {
            setRows((all) => [...all, { key: `new-${added}`, session: {} }]);
            setAdded((n) => n + 1);
          }}
        >
          {t("fairPortal.sessions.addRow")}
        </button>
      ) : null}
    </div>
  );
}
