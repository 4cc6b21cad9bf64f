/**
 * Countdown arithmetic for the fair pages: how long from `now` to `target`,
 * as days and a clock. Pure, so the server render and the ticking client
 * component show the same text for the same instant.
 */

export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** False once the target is reached. */
  running: boolean;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function toMs(value: Date | string | number): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`countdown: invalid time: ${String(value)}`);
  return ms;
}

/** Whole seconds left (rounded up, so "00:00:01" shows until the very last moment). */
export function countdownParts(now: Date | string | number, target: Date | string | number): CountdownParts {
  const left = toMs(target) - toMs(now);
  if (left <= 0) return { days: 0, hours: 0, minutes: 0, seconds: 0, running: false };
  const total = Math.ceil(left / SECOND) * SECOND;
  return {
    days: Math.floor(total / DAY),
    hours: Math.floor((total % DAY) / HOUR),
    minutes: Math.floor((total % HOUR) / MINUTE),
    seconds: Math.floor((total % MINUTE) / SECOND),
    running: true,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "03:04:05" (hours, minutes, seconds; days are said separately). */
export function countdownClock(parts: CountdownParts): string {
  return `${pad(parts.hours)}:${pad(parts.minutes)}:${pad(parts.seconds)}`;
}

/** The i18n key and values for the countdown text: "Còn 2 ngày 03:04:05", "Còn 03:04:05". */
export function countdownMessage(parts: CountdownParts): { key: "fair.countdown.days" | "fair.countdown.clock" | "fair.countdown.done"; values: { days: number; clock: string } } {
  const values = { days: parts.days, clock: countdownClock(parts) };
  if (!parts.running) return { key: "fair.countdown.done", values };
  return { key: parts.days > 0 ? "fair.countdown.days" : "fair.countdown.clock", values };
}

/** The server's clock minus the browser's, measured once: the countdown then follows the server. */
export function clockSkew(serverNow: Date | string | number, clientNow: number): number {
  return toMs(serverNow) - clientNow;
}
