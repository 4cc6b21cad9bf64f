/**
 * Plain fetch to the backend's portal routes (/producer/*, /province/*, the
 * actors' logins), with the publishable key and the portal token. Shared by
 * producer-portal.server.ts and province-portal.server.ts.
 */
import { redirect } from "react-router";
import { notFound } from "./backend-errors.server";
import { backendFetch, backendUrl, type BackendRequest } from "./backend-fetch.server";
import { commitPortalSession, getPortalSession, setToken, toLogin, tokenOf, type PortalActor } from "./portal-session.server";
import { BACKEND_TIMEOUT_MS } from "./store-api.server";

/** Uploads may take longer than a page's backend call. */
const UPLOAD_TIMEOUT_MS = Math.max(BACKEND_TIMEOUT_MS, 60_000);

/** The backend answered with an error: `{ type, message }` (message in Vietnamese). */
export class PortalApiError extends Error {
  override name = "PortalApiError";
  constructor(
    readonly status: number,
    message: string,
    readonly type: string | null = null,
  ) {
    super(message);
  }
}

export type PortalRequest = Omit<BackendRequest, "timeoutMs">;

/** The backend URL of `path` with its query (for calls that are not JSON, such as a CSV download). */
export const portalUrl = backendUrl;

/** One backend call: JSON in and out; an error answer becomes a PortalApiError; a backend down a thrown 503. */
export function portalFetch<T>(path: string, request: PortalRequest = {}): Promise<T> {
  return backendFetch<T>(
    path,
    { ...request, timeoutMs: request.form ? UPLOAD_TIMEOUT_MS : BACKEND_TIMEOUT_MS },
    ({ status, message, type }) => new PortalApiError(status, message, type),
  );
}

/** Logs an actor in: the token, or a PortalApiError (401 wrong email or password, 429 too many tries). */
export async function portalLogin(actor: PortalActor, email: string, password: string): Promise<string> {
  const { token } = await portalFetch<{ token?: string }>(`/auth/${actor}/emailpass`, { json: { email, password } });
  if (!token) throw new PortalApiError(401, "no token");
  return token;
}

export function isPortalApiError(error: unknown, status?: number): error is PortalApiError {
  return error instanceof PortalApiError && (status === undefined || error.status === status);
}

/**
 * A signed-in actor's calls. `call` runs a backend request with the token;
 * a 401 (token missing, expired) throws a redirect to the login page, a 404 the
 * storefront's 404 in loaders. Other errors are PortalApiErrors for the page.
 */
export interface PortalClient {
  token: string;
  call<T>(path: string, request?: Omit<PortalRequest, "token">): Promise<T>;
  /** For loaders: a 403 (not allowed yet) sends to `forbiddenPath`, a 404 is the 404 page. */
  load<T>(path: string, request?: Omit<PortalRequest, "token">): Promise<T>;
}

export async function portalClient(
  request: Request,
  actor: PortalActor,
  paths: { login: string; forbidden: string },
): Promise<PortalClient> {
  const session = await getPortalSession(request);
  const token = tokenOf(session, actor);
  if (!token) throw await toLogin(request, actor, paths.login, session);
  const call = async <T>(path: string, options: Omit<PortalRequest, "token"> = {}) => {
    try {
      return await portalFetch<T>(path, { ...options, token });
    } catch (error) {
      if (isPortalApiError(error, 401)) throw await toLogin(request, actor, paths.login, session);
      throw error;
    }
  };
  return {
    token,
    call,
    async load<T>(path: string, options: Omit<PortalRequest, "token"> = {}) {
      try {
        return await call<T>(path, options);
      } catch (error) {
        if (isPortalApiError(error, 404)) throw notFound();
        if (isPortalApiError(error, 403)) throw redirect(paths.forbidden);
        throw error;
      }
    },
  };
}

/** Stores a fresh token and answers the Set-Cookie header value. */
export async function rememberToken(request: Request, actor: PortalActor, token: string | null): Promise<string> {
  const session = await getPortalSession(request);
  setToken(session, actor, token);
  return commitPortalSession(session);
}
