/**
 * The shopper's session: the cart id (so the cart survives reloads) and, once
 * logged in, the customer's backend token. An HTTP-only, SameSite=Lax cookie
 * signed with SESSION_SECRET; the browser never sees the token.
 */
import { createCookieSessionStorage, type Session } from "react-router";
import { sessionSecret } from "./portal-session.server";

const CART_KEY = "cart_id";
const CUSTOMER_TOKEN_KEY = "customer_token";
const THIRTY_DAYS_IN_SECONDS = 60 * 60 * 24 * 30;

let storage: ReturnType<typeof createCookieSessionStorage> | null = null;

function shopStorage() {
  storage ??= createCookieSessionStorage({
    cookie: {
      name: "__ocop_shop",
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      secrets: [sessionSecret()],
      maxAge: THIRTY_DAYS_IN_SECONDS,
    },
  });
  return storage;
}

export function getShopSession(request: Request): Promise<Session> {
  return shopStorage().getSession(request.headers.get("Cookie"));
}

export function commitShopSession(session: Session): Promise<string> {
  return shopStorage().commitSession(session);
}

export function cartIdOf(session: Session): string | null {
  const id = session.get(CART_KEY);
  return typeof id === "string" && id ? id : null;
}

export function setCartId(session: Session, id: string | null): void {
  if (id) session.set(CART_KEY, id);
  else session.unset(CART_KEY);
}

export function customerTokenOf(session: Session): string | null {
  const token = session.get(CUSTOMER_TOKEN_KEY);
  return typeof token === "string" && token ? token : null;
}

export function setCustomerToken(session: Session, token: string | null): void {
  if (token) session.set(CUSTOMER_TOKEN_KEY, token);
  else session.unset(CUSTOMER_TOKEN_KEY);
}
