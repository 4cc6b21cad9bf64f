import type { ReactNode } from "react";
import { useTranslation } from "../lib/translation";
import { Link, useLocation } from "react-router";
import { HOME_PATH } from "../lib/paths";

export type StatusKind = "notFound" | "unavailable" | "generic";

/** Friendly full-page message for 404, 503 ("shop closed") and other errors. */
export function StatusPage({ kind, children }: { kind: StatusKind; children?: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <section
      data-testid={`status-${kind}`}
      aria-labelledby="status-title"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-16 text-center"
    >
      <p aria-hidden="true" className="text-6xl">
        {kind === "notFound" ? "🧺" : kind === "unavailable" ? "🌾" : "🍃"}
      </p>
      <h1 id="status-title" className="text-3xl font-bold text-leaf-900">
        {t(`errors.${kind}.title`)}
      </h1>
      <p className="text-lg text-earth-800">{t(`errors.${kind}.body`)}</p>
      <div className="mt-2 flex flex-wrap justify-center gap-3">
        {kind === "unavailable" || kind === "generic" ? (
          <a
            href={`${location.pathname}${location.search}`}
            className="rounded-full border border-leaf-700 px-5 py-2 font-semibold text-leaf-800 hover:bg-leaf-50"
          >
            {t("errors.tryAgain")}
          </a>
        ) : null}
        <Link
          to={HOME_PATH}
          reloadDocument={kind !== "notFound"}
          className="rounded-full bg-leaf-700 px-5 py-2 font-semibold text-white hover:bg-leaf-800"
        >
          {t("errors.backHome")}
        </Link>
      </div>
      {children}
    </section>
  );
}
