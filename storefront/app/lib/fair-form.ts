/**
 * The officer's fair forms: the fair's fields (create and edit) and the
 * session schedule rows, turned into the backend's payloads. Local checks give
 * i18n keys ("fairPortal.errors.*"); the backend's Vietnamese refusals come after.
 */
import { localInputToIso } from "./fair-time";
import { FAIR_KINDS, isOneOf, SESSION_KINDS, type FairKind, type SessionKind } from "./fair-portal";
import { text } from "./portal";

type Form = Pick<FormData, "get" | "getAll">;

export type FairErrorKey =
  | "fairPortal.errors.nameRequired"
  | "fairPortal.errors.chooseKind"
  | "fairPortal.errors.dateTime"
  | "fairPortal.errors.endBeforeStart"
  | "fairPortal.errors.sessionTitle"
  | "fairPortal.errors.sessionKind"
  | "fairPortal.errors.wholeNumber"
  | "fairPortal.errors.discountRange"
  | "fairPortal.errors.priceOrDiscount"
  | "fairPortal.errors.chooseProduct"
  | "fairPortal.errors.reasonRequired";

/** Field name → i18n key. */
export type FairLocalErrors = Record<string, FairErrorKey>;

export interface FairPayload {
  name: string;
  kind: FairKind | "";
  description: string;
  banner_url: string;
  starts_at: string;
  ends_at: string;
  status?: "draft" | "published";
}

/** A required datetime-local field as ISO +07:00, reporting it when missing or invalid. */
function moment(form: Form, name: string, errors: FairLocalErrors, required = true): string | null {
  const raw = text(form, name);
  if (!raw && !required) return null;
  const iso = localInputToIso(raw);
  if (!iso) errors[name] = "fairPortal.errors.dateTime";
  return iso;
}

/** The fair's own fields ("name", "kind", "description", "banner_url", "starts_at", "ends_at", and "status" on creation). */
export function parseFairForm(form: Form, { withStatus = false } = {}): { payload: FairPayload; errors: FairLocalErrors } {
  const errors: FairLocalErrors = {};
  const name = text(form, "name");
  if (!name) errors.name = "fairPortal.errors.nameRequired";
  const kind = text(form, "kind");
  if (!isOneOf(FAIR_KINDS, kind)) errors.kind = "fairPortal.errors.chooseKind";
  const starts = moment(form, "starts_at", errors);
  const ends = moment(form, "ends_at", errors);
  if (starts && ends && Date.parse(ends) <= Date.parse(starts)) errors.ends_at = "fairPortal.errors.endBeforeStart";
  const payload: FairPayload = {
    name,
    kind: isOneOf(FAIR_KINDS, kind) ? kind : "",
    description: text(form, "description"),
    banner_url: text(form, "banner_url"),
    starts_at: starts ?? "",
    ends_at: ends ?? "",
  };
  if (withStatus) payload.status = text(form, "status") === "published" ? "published" : "draft";
  return { payload, errors };
}

export interface SessionPayload {
  title: string;
  kind: SessionKind;
  starts_at: string;
  ends_at?: string;
  link_url?: string;
  host?: string;
}

/** The names of a session row's fields (repeated, in order). */
export const SESSION_FIELDS = {
  key: "session_key",
  remove: "session_remove",
  title: "session_title",
  kind: "session_kind",
  starts_at: "session_starts_at",
  ends_at: "session_ends_at",
  link_url: "session_link_url",
  host: "session_host",
} as const;

/**
 * The schedule editor's rows. A row is left out when its remove box is ticked
 * (its `session_key` is among `session_remove`) or when it is empty; a row with
 * anything typed needs a title, a kind and a valid start. Errors are keyed
 * "sessions.<row>.<field>" by the row's place in the form; `rows` maps each
 * payload entry back to it (for the backend's "sessions.<n>.…" paths).
 */
export function parseSessionRows(form: Form): { sessions: SessionPayload[]; rows: number[]; errors: FairLocalErrors } {
  const column = (name: string) => form.getAll(name).map((value) => (typeof value === "string" ? value.trim() : ""));
  const keys = column(SESSION_FIELDS.key);
  const removed = new Set(column(SESSION_FIELDS.remove));
  const titles = column(SESSION_FIELDS.title);
  const kinds = column(SESSION_FIELDS.kind);
  const starts = column(SESSION_FIELDS.starts_at);
  const ends = column(SESSION_FIELDS.ends_at);
  const links = column(SESSION_FIELDS.link_url);
  const hosts = column(SESSION_FIELDS.host);
  const errors: FairLocalErrors = {};
  const sessions: SessionPayload[] = [];
  const rows: number[] = [];
  const count = Math.max(keys.length, titles.length, starts.length);
  for (let row = 0; row < count; row++) {
    if (keys[row] && removed.has(keys[row])) continue;
    const title = titles[row] ?? "";
    const typed = [title, starts[row], ends[row], links[row], hosts[row]].some(Boolean);
    if (!typed) continue;
    const field = (name: string) => `sessions.${row}.${name}`;
    if (!title) errors[field("title")] = "fairPortal.errors.sessionTitle";
    const kind = kinds[row] ?? "";
    if (!isOneOf(SESSION_KINDS, kind)) errors[field("kind")] = "fairPortal.errors.sessionKind";
    const startsAt = localInputToIso(starts[row]);
    if (!startsAt) errors[field("starts_at")] = "fairPortal.errors.dateTime";
    const endsAt = ends[row] ? localInputToIso(ends[row]) : null;
    if (ends[row] && !endsAt) errors[field("ends_at")] = "fairPortal.errors.dateTime";
    if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) errors[field("ends_at")] = "fairPortal.errors.endBeforeStart";
    rows.push(row);
    sessions.push({
      title,
      kind: isOneOf(SESSION_KINDS, kind) ? kind : "talk",
      starts_at: startsAt ?? "",
      ...(endsAt ? { ends_at: endsAt } : {}),
      ...(links[row] ? { link_url: links[row] } : {}),
      ...(hosts[row] ? { host: hosts[row] } : {}),
    });
  }
  return { sessions, rows, errors };
}

/** The backend's "sessions.2.title" as the form row it came from ("sessions.4.title"); other paths are form-level (null). */
export function sessionPathRenamer(rows: ReadonlyArray<number>) {
  return (path: string): string | null => {
    const match = /^sessions\.(\d+)(\..+)?$/.exec(path);
    if (!match) return null;
    const row = rows[Number(match[1])];
    return row === undefined ? null : `sessions.${row}${match[2] ?? ""}`;
  };
}

/**
 * The payload without the optional texts left empty: left out when creating,
 * null when editing (`clear`), so an emptied description or banner is removed.
 */
export function compactFairPayload<T extends { description?: string | null; banner_url?: string | null }>(payload: T, { clear = false } = {}): T {
  const copy = { ...payload };
  for (const key of ["description", "banner_url"] as const) {
    if (copy[key]) continue;
    if (clear) copy[key] = null as T[typeof key];
    else delete copy[key];
  }
  return copy;
}
