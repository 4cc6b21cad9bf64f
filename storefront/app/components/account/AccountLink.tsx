import { useTranslation } from "../../lib/translation";
import { NavLink, useRouteLoaderData } from "react-router";
import { ACCOUNT_LOGIN_PATH, ACCOUNT_PATH } from "../../lib/account";

/** The header's "Tài khoản" link for a logged-in shopper, "Đăng nhập" otherwise (the root loader says which). */
export function AccountLink() {
  const { t } = useTranslation();
  const root = useRouteLoaderData("root") as { loggedIn?: boolean } | undefined;
  const loggedIn = !!root?.loggedIn;
  return (
    <NavLink
      to={loggedIn ? ACCOUNT_PATH : ACCOUNT_LOGIN_PATH}
      data-testid="account-link"
      aria-label={loggedIn ? t("account.header.accountLabel") : undefined}
      className={({ isActive }) =>
        `block rounded-full px-3 py-2 font-medium whitespace-nowrap text-leaf-800 underline-offset-4 hover:bg-leaf-50 hover:underline ${
          isActive ? "bg-leaf-50 underline" : ""
        }`
      }
    >
      {loggedIn ? t("account.header.account") : t("account.header.login")}
    </NavLink>
  );
}
