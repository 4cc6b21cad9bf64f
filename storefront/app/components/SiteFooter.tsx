import { useTranslation } from "../lib/translation";
import { Link } from "react-router";
import { PRODUCER_PORTAL_PATH, PROVINCE_PORTAL_PATH } from "../lib/portal";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-earth-200 bg-earth-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-earth-800 sm:px-6">
        <p>{t("footer.about")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link to={PRODUCER_PORTAL_PATH} className="font-semibold text-leaf-800 underline underline-offset-4" data-testid="footer-sell">
              {t("footer.sell")}
            </Link>
          </li>
          <li>
            <Link to={PROVINCE_PORTAL_PATH} className="text-leaf-800 underline underline-offset-4">
              {t("footer.officers")}
            </Link>
          </li>
        </ul>
        <p>{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
