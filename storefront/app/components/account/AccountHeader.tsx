import { useTranslation } from "../../lib/translation";
import { Form, NavLink } from "react-router";
import { ACCOUNT_ADDRESSES_PATH, ACCOUNT_LOGOUT_PATH, ACCOUNT_ORDERS_PATH, ACCOUNT_PATH } from "../../lib/account";
import { secondaryButton } from "../portal/PortalUi";

/** Above every page of a logged-in shopper: who they are, the account's pages, logging out. */
export function AccountHeader({ name }: { name: string }) {
  const { t } = useTranslation();
  const items = [
    { to: ACCOUNT_PATH, label: t("account.layout.nav.overview"), end: true },
    { to: ACCOUNT_ADDRESSES_PATH, label: t("account.layout.nav.addresses"), end: false },
    { to: ACCOUNT_ORDERS_PATH, label: t("account.layout.nav.orders"), end: false },
  ];
  return (
    <div className="mb-6 rounded-xl border border-earth-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm font-semibold tracking-wide text-earth-700 uppercase">{t("account.layout.title")}</p>
          <p className="font-semibold text-leaf-900" data-testid="account-who">
            {t("account.layout.hello", { name })}
          </p>
        </div>
        <Form method="post" action={ACCOUNT_LOGOUT_PATH}>
          <button type="submit" className={secondaryButton}>
            {t("account.logout.submit")}
          </button>
        </Form>
      </div>
      <nav aria-label={t("account.layout.navLabel")} className="mt-3 -mx-1 overflow-x-auto">
        <ul className="flex gap-1">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `block rounded-full px-3 py-2 font-medium whitespace-nowrap text-leaf-800 hover:bg-leaf-50 ${isActive ? "bg-leaf-100" : ""}`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
