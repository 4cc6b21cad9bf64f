import { useTranslation } from "../lib/translation";
import { Form, useLocation } from "react-router";
import { LOCALE_SEARCH_PARAM, SUPPORTED_LOCALES, type Locale } from "../i18n/locales";
import { LANGUAGE_SWITCH_PATH } from "../lib/paths";
import { withoutSearchParam } from "../lib/safe-redirect";

/**
 * vi / en switch. A plain POST form to the `doi-ngon-ngu` resource route,
 * which sets the `lng` cookie and redirects back here: works before (and
 * without) JavaScript too.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  const redirectTo = withoutSearchParam(location.pathname, location.search, LOCALE_SEARCH_PARAM);

  return (
    <Form
      method="post"
      action={LANGUAGE_SWITCH_PATH}
      preventScrollReset
      className="flex items-center"
      data-testid="language-switch"
    >
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div role="group" aria-label={t("language.label")} className="flex overflow-hidden rounded-full border border-leaf-700">
        {SUPPORTED_LOCALES.map((lng) => {
          const current = lng === locale;
          return (
            <button
              key={lng}
              type="submit"
              name="lng"
              value={lng}
              aria-pressed={current}
              lang={lng}
              title={t(`language.${lng}`)}
              className={
                current
                  ? "bg-leaf-700 px-3 py-1 text-sm font-semibold text-white"
                  : "bg-white px-3 py-1 text-sm font-semibold text-leaf-800 hover:bg-leaf-50"
              }
            >
              <span aria-hidden="true">{t(`language.${lng}Short`)}</span>
              <span className="sr-only">{t(`language.${lng}`)}</span>
            </button>
          );
        })}
      </div>
    </Form>
  );
}
