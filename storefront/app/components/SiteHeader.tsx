import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import type { Locale } from "../i18n/locales";
import { HOME_PATH } from "../lib/paths";
import { LanguageSwitch } from "./LanguageSwitch";

export function SiteHeader({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-earth-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link
          to={HOME_PATH}
          className="flex items-center gap-2 text-xl font-bold text-leaf-800"
          aria-label={t("nav.homeLinkLabel")}
        >
          <img src="/favicon.svg" alt="" width={32} height={32} className="h-8 w-8" />
          <span>{t("site.name")}</span>
        </Link>
        <div className="flex items-center gap-4">
          <nav aria-label={t("nav.mainLabel")}>
            <ul className="flex items-center gap-4">
              <li>
                <NavLink
                  to={HOME_PATH}
                  end
                  className={({ isActive }) =>
                    `font-medium text-leaf-800 underline-offset-4 hover:underline ${isActive ? "underline" : ""}`
                  }
                >
                  {t("nav.home")}
                </NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitch locale={locale} />
        </div>
      </div>
    </header>
  );
}
