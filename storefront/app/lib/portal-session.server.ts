/**
 * The portals' login: the backend's token (producer or officer) kept in an
 * HTTP-only, SameSite=Lax cookie session. The browser never sees the token.
 */
import { createCookieSessionStorage, redirect, type Session } from "react-router";
import { loginHref } from "./portal";
import { safeRedirectPath } from "./safe-redirect";

export type PortalActor = "producer" | "officer";

const TOKEN_KEY: Record<PortalActor, string> = { producer: "producer_token", officer: "officer_token" };
const NOTICE_KEY = "notice";

const DEV_SECRET = "cho-ocop-dev-session-secret";
const SEVEN_DAYS_IN_SECONDS = 60 * 60 * 24 * 7;

/**
 * SESSION_SECRET signs the cookie. Development and tests use a fixed value; in
 * production a missing secret is an error (thrown when a portal is first used,
 * so the shop itself still serves).
 */
export function sessionSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.SESSION_SECRET?.trim();
  if (secret && !(env.NODE_ENV === "production" && secret === DEV_SECRET)) return secret;
  if (env.NODE_ENV === "production") {
    if (secret) throw new Error("SESSION_SECRET is left at the development default; set a long random value in production");
    throw new Error("SESSION_SECRET is required in production (it signs the producer and province portal sessions)");
  }
  return DEV_SECRET;
}

let storage: ReturnType<typeof createCookieSessionStorage> | null = null;

function sessionStorage() {
  storage ??= createCookieSessionStorage({
    cookie: {
      name: "__ocop_portal",
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      secrets: [sessionSecret()],
      maxAge: SEVEN_DAYS_IN_SECONDS,
    },
  });
  return storage;
}

export function getPortalSession(request: Request): Promise<Session> {
  return sessionStorage().getSession(request.headers.get("Cookie"));
}

export function commitPortalSession(session: Session): Promise<string> {
  return sessionStorage().commitSession(session);
}

export function tokenOf(session: Session, actor: PortalActor): string | null {
  const token = session.get(TOKEN_KEY[actor]);
  return typeof token === "string" && token ? token : null;
}

export function setToken(session: Session, actor: PortalActor, token: string | null): void {
  if (token) session.set(TOKEN_KEY[actor], token);
  else session.unset(TOKEN_KEY[actor]);
}

export interface Notice {
  kind: "success" | "error";
  message: string;
}

/** A message for the next page only (after a redirect). */
export function flashNotice(session: Session, notice: Notice): void {
  session.flash(NOTICE_KEY, notice);
}

export function takeNotice(session: Session): Notice | null {
  const notice = session.get(NOTICE_KEY) as Notice | undefined;
  return notice && typeof notice.message === "string" ? notice : null;
}

/** The path and query of the request, to come back to after logging in. */
export function currentPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** Redirect to the login page, forgetting the token (missing or expired). */
export async function toLogin(request: Request, actor: PortalActor, loginPath: string, session?: Session): Promise<Response> {
  const current = session ?? (await getPortalSession(request));
  setToken(current, actor, null);
  const next = request.method === "GET" ? safeRedirectPath(currentPath(request), "") : "";
  return redirect(loginHref(loginPath, next || null), {
    headers: { "Set-Cookie": await commitPortalSession(current) },
  });
}
