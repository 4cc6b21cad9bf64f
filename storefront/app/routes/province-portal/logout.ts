import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { PROVINCE_LOGIN_PATH } from "../../lib/portal";
import { logoutAction } from "../../lib/portal-login.server";

/** POST logs the officer out; a GET (typed URL) just goes to the login page. */
export function loader() {
  return redirect(PROVINCE_LOGIN_PATH);
}

export function action({ request }: Route.ActionArgs) {
  return logoutAction(request, "officer", PROVINCE_LOGIN_PATH);
}
