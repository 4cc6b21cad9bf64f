import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { PRODUCER_LOGIN_PATH } from "../../lib/portal";
import { logoutAction } from "../../lib/portal-login.server";

/** POST logs the member out; a GET (typed URL) just goes to the login page. */
export function loader() {
  return redirect(PRODUCER_LOGIN_PATH);
}

export function action({ request }: Route.ActionArgs) {
  return logoutAction(request, "producer", PRODUCER_LOGIN_PATH);
}
