import { useEffect, useState } from "react";
import { useTranslation } from "../../lib/translation";
import { clockSkew, countdownMessage, countdownParts } from "../../lib/countdown";

/**
 * "Còn 2 ngày 03:04:05" to `target`. The server renders it for the backend's
 * `serverNow`; in the browser it ticks every second, following the server's
 * clock (the skew is measured once), and calls `onDone` when time is up.
 * role="timer" with aria-live off: screen readers read it when asked, not every second.
 */
export function Countdown({
  target,
  serverNow,
  onDone,
  className = "",
}: {
  target: string;
  serverNow: string;
  onDone?: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.parse(serverNow));
  const parts = countdownParts(now, target);

  useEffect(() => {
    const skew = clockSkew(serverNow, Date.now());
    const tick = () => setNow(Date.now() + skew);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [serverNow, target]);

  const running = parts.running;
  useEffect(() => {
    if (!running) onDone?.();
    // Only when the countdown stops, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);

  const message = countdownMessage(parts);
  return (
    <span role="timer" aria-live="off" aria-atomic="true" data-testid="countdown" data-target={target} className={`tabular-nums ${className}`}>
      {t(message.key, message.values)}
    </span>
  );
}
