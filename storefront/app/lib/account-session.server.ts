/**
 * The logged-in shopper, from the shop session (shop-session.server.ts): the
 * customer's token for backend calls, logging in and out, and one-page notices.
 */
import { redirect, type Session } from "react-router";
import { accountFetch, isAccountApiError, type AccountRequest } from "./account-api.server";
import { accountLoginHref } from "./account";
import { currentPath } from "./portal-session.server";
import { commitShopSession, customerTokenOf, getShopSession, setCartId, setCustomerToken } from "./shop-session.server";

const NOTICE_KEY = "account_notice";

export interface AccountNotice {
  kind: "success" | "error";
  message: string;
}

/** A message for the next page only (after a redirect). */
export function flashAccountNotice(session: Session, notice: AccountNotice): void {
  session.flash(NOTICE_KEY, notice);
}

export function takeAccountNotice(session: Session): AccountNotice | null {
  const notice = session.get(NOTICE_KEY) as AccountNotice | undefined;
  return notice && typeof notice.message === "string" ? notice : null;
}

/**
 * Whether the shopper is logged in, for the header: a token is held (the
 * backend may still find it expired). Reads the cookie only; a session that
 * cannot be read (no SESSION_SECRET in production) is "not logged in".
 */
export async function hasCustomerSession(request: Request): Promise<boolean> {
  try {
    return !!customerTokenOf(await getShopSession(request));
  } catch {
    return false;
  }
}

/** To the login page, forgetting the token (missing or expired), coming back here after a GET. */
export async function toAccountLogin(request: Request, session?: Session): Promise<Response> {
  const current = session ?? (await getShopSession(request));
  setCustomerToken(current, null);
  const next = request.method === "GET" ? currentPath(request) : null;
  return redirect(accountLoginHref(next), { headers: { "Set-Cookie": await commitShopSession(current) } });
}

/** Logging out: the token goes, and the cart too (it belongs to the customer now). */
export function forgetCustomer(session: Session): void {
  setCustomerToken(session, null);
  setCartId(session, null);
}

export interface CustomerClient {
  session: Session;
  /** A backend call with the customer's token; a 401 throws the redirect to the login page. */
  call<T>(path: string, request?: Omit<AccountRequest, "token">): Promise<T>;
}

/** For the pages of a logged-in shopper: no token sends to the login page. */
export async function customerClient(request: Request): Promise<CustomerClient> {
  const session = await getShopSession(request);
  const token = customerTokenOf(session);
  if (!token) throw await toAccountLogin(request, session);
  return {
    session,
    async call<T>(path: string, options: Omit<AccountRequest, "token"> = {}) {
      try {
        return await accountFetch<T>(path, { ...options, token });
      } catch (error) {
        if (isAccountApiError(error, 401)) throw await toAccountLogin(request, session);
        throw error;
      }
    },
  };
}
