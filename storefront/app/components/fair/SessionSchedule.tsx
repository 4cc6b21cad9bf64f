import { useTranslation } from "../../lib/translation";
import { formatDateTime } from "../../lib/dates";
import { sessionKindKey, type ApiFairSession } from "../../lib/fair";
import { useLocale } from "../../lib/locale";

/** The fair's programme: when (Vietnam time), what, its kind, the host and a link to join. */
export function SessionSchedule({ sessions }: { sessions: ApiFairSession[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="fair-schedule-title" data-testid="fair-schedule">
      <h2 id="fair-schedule-title" className="text-xl font-semibold text-leaf-900">
        {t("fair.page.schedule")}
      </h2>
      {sessions.length ? (
        <ol className="mt-3 flex flex-col divide-y divide-earth-200 rounded-xl border border-earth-200 bg-white">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:gap-4" data-testid="fair-session">
              <p className="shrink-0 text-sm font-semibold text-earth-800 tabular-nums sm:w-48">
                <time dateTime={session.starts_at}>{formatDateTime(session.starts_at, locale)}</time>
              </p>
              <div className="min-w-0 flex-1">
                <p className="font-semibold text-leaf-900">
                  {session.title}{" "}
                  <span className="ml-1 rounded-full bg-leaf-50 px-2 py-0.5 text-xs font-medium text-leaf-800">
                    {t(sessionKindKey(session.kind))}
                  </span>
                </p>
                {session.host ? <p className="text-sm text-earth-700">{t("fair.page.host", { host: session.host })}</p> : null}
              </div>
              {session.link_url ? (
                <a
                  href={session.link_url}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t("fair.page.joinLabel", { title: session.title })}
                  className="font-semibold text-leaf-800 underline underline-offset-4"
                >
                  {t("fair.page.join")}
                </a>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-earth-800">{t("fair.page.noSessions")}</p>
      )}
    </section>
  );
}
