import { useTranslation } from "../lib/translation";
import { Link, NavLink } from "react-router";
import type { Locale } from "../i18n/locales";
import { HOME_PATH, PRODUCERS_PATH, PRODUCTS_PATH, PROVINCES_PATH } from "../lib/paths";
import { FAIRS_PATH } from "../lib/fair-paths";
import { AccountLink } from "./account/AccountLink";
import type { MiniCart as MiniCartData } from "../lib/cart";
import { MiniCart } from "./cart/MiniCart";
import { LanguageSwitch } from "./LanguageSwitch";
import { SearchBox } from "./SearchBox";
import { LogoMark } from "./LogoMark";

const NAV_ITEMS = [
  { to: PRODUCTS_PATH, key: "nav.products" },
  { to: PRODUCERS_PATH, key: "nav.producers" },
  { to: PROVINCES_PATH, key: "nav.provinces" },
  { to: FAIRS_PATH, key: "nav.fairs" },
] as const;

/**
 * Logo, search box, main navigation and the language switch. On a phone the
 * search box and the navigation get their own rows under the logo, so the
 * box is full width and every link stays a comfortable tap; from `lg` up it
 * is all one row.
 */
export function SiteHeader({ locale, cart = null }: { locale: Locale; cart?: MiniCartData | null }) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-earth-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          to={HOME_PATH}
          className="order-1 flex items-center gap-2 text-xl font-bold text-leaf-800"
          aria-label={t("nav.homeLinkLabel")}
        >
          <LogoMark className="h-8 w-8" />
          <span>{t("site.name")}</span>
        </Link>
        <div className="order-2 flex items-center gap-1 sm:order-4">
          <MiniCart cart={cart} />
          <LanguageSwitch locale={locale} />
        </div>
        <SearchBox className="order-3 w-full sm:order-5 lg:order-2 lg:w-auto lg:max-w-md lg:flex-1" />
        <nav aria-label={t("nav.mainLabel")} className="order-4 w-full sm:order-3 sm:ml-auto sm:w-auto">
          <ul className="-mx-2 flex flex-wrap items-center gap-1 sm:mx-0 sm:gap-2">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  prefetch="intent"
                  className={({ isActive }) =>
                    `block rounded-full px-3 py-2 font-medium whitespace-nowrap text-leaf-800 underline-offset-4 hover:bg-leaf-50 hover:underline ${
                      isActive ? "bg-leaf-50 underline" : ""
                    }`
                  }
                >
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            <li>
              <AccountLink />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
