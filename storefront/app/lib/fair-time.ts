/**
 * A fair's times are typed in `<input type="datetime-local">` as Vietnam time
 * (Asia/Ho_Chi_Minh, always UTC+7: no daylight saving) and sent to the backend
 * as ISO strings with the +07:00 offset, whatever the server's own time zone is.
 */
import { VIETNAM_TIME_ZONE } from "./dates";

export const VIETNAM_OFFSET = "+07:00";

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-03T08:30" (Vietnam time) → "2026-12-03T08:30:00+07:00"; null when empty or not a real moment. */
export function localInputToIso(value: string | null | undefined): string | null {
  const match = LOCAL_INPUT.exec((value ?? "").trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s = "00"] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (hour > 23 || minute > 59 || second > 59) return null;
  // Reject days that do not exist (31/04, 29/02 of a common year).
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${VIETNAM_OFFSET}`;
}

const inputParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An ISO moment as a datetime-local value in Vietnam time: "2026-12-03T01:30:00Z" → "2026-12-03T08:30"; "" when missing. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const part = (type: Intl.DateTimeFormatPartTypes) => inputParts.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/** A results day "2026-12-03" as a short label: "03/12" (vi) or "3 Dec" (en). */
export function shortDay(day: string, locale: "vi" | "en" = "vi"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, , month, date] = match;
  if (locale === "vi") return `${date}/${month}`;
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(date)} ${names[Number(month) - 1] ?? month}`;
}
