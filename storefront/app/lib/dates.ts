import type { Locale } from "../i18n/locales";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const formatters: Record<Locale, Intl.DateTimeFormat> = {
  // dd/MM/yyyy, the usual Vietnamese date format.
  vi: new Intl.DateTimeFormat("vi-VN", {
    timeZone: VIETNAM_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }),
  // "1 Apr 2026": unambiguous for English readers.
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: VIETNAM_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
  }),
};

const timeFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function toDate(date: Date | string | number, fn: string): Date {
  const value = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(value.getTime())) {
    throw new RangeError(`${fn}: invalid date: ${String(date)}`);
  }
  return value;
}

/**
 * Formats a date as seen in Vietnam (Asia/Ho_Chi_Minh, UTC+7), whatever the
 * server's or browser's own time zone is: 2026-03-31T18:30:00Z → "01/04/2026".
 */
export function formatDate(date: Date | string | number, locale: Locale = "vi"): string {
  return (formatters[locale] ?? formatters.vi).format(toDate(date, "formatDate"));
}

/**
 * Date and time in Vietnam time, 24-hour clock:
 * 2026-03-31T18:30:00Z → "01:30, 01/04/2026" (vi) or "1 Apr 2026, 01:30" (en).
 */
export function formatDateTime(date: Date | string | number, locale: Locale = "vi"): string {
  const value = toDate(date, "formatDateTime");
  const day = formatDate(value, locale);
  const time = timeFormatter.format(value);
  return locale === "en" ? `${day}, ${time}` : `${time}, ${day}`;
}

/** `formatDate` for optional backend values: null for a missing or invalid date. */
export function formatDateOrNull(date: string | null | undefined, locale: Locale = "vi"): string | null {
  if (!date) return null;
  const value = new Date(date);
  return Number.isNaN(value.getTime()) ? null : formatDate(value, locale);
}
