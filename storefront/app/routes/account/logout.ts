import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_LOGIN_PATH, ACCOUNT_PATH } from "../../lib/account";
import { flashAccountNotice, forgetCustomer } from "../../lib/account-session.server";
import { commitShopSession, getShopSession } from "../../lib/shop-session.server";

/** A GET (typed URL, prefetch) logs nobody out. */
export function loader() {
  return redirect(ACCOUNT_PATH);
}

/** POST forgets the customer's token and their cart, then shows the login page. */
export async function action({ request }: Route.ActionArgs) {
  const t = getFixedT(await getLocale(request));
  const session = await getShopSession(request);
  forgetCustomer(session);
  flashAccountNotice(session, { kind: "success", message: t("account.logout.done") });
  return redirect(ACCOUNT_LOGIN_PATH, { headers: { "Set-Cookie": await commitShopSession(session) } });
}
