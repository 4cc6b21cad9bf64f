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

/**
 * Formats a date as seen in Vietnam (Asia/Ho_Chi_Minh, UTC+7), whatever the
 * server's or browser's own time zone is: 2026-03-31T18:30:00Z → "01/04/2026".
 */
export function formatDate(date: Date | string | number, locale: Locale = "vi"): string {
  const value = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(value.getTime())) {
    throw new RangeError(`formatDate: invalid date: ${String(date)}`);
  }
  return (formatters[locale] ?? formatters.vi).format(value);
}
