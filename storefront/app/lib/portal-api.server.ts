/**
 * Plain fetch to the backend's portal routes (/producer/*, /province/*, the
 * actors' logins), with the publishable key and the portal token. Shared by
 * producer-portal.server.ts and province-portal.server.ts.
 */
import { redirect } from "react-router";
import { backendUnavailable, isBackendDownError, notFound, withTimeout } from "./backend-errors.server";
import { MEDUSA_BACKEND_URL } from "./medusa.server";
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

export interface PortalRequest {
  method?: "GET" | "POST" | "DELETE";
  token?: string | null;
  query?: Record<string, string | number | undefined | null>;
  json?: unknown;
  form?: FormData;
}

function publishableKey(): string | undefined {
  return process.env.MEDUSA_PUBLISHABLE_KEY;
}

export function portalUrl(path: string, query?: PortalRequest["query"]): string {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** One backend call: JSON in and out; an error answer becomes a PortalApiError; a backend down a thrown 503. */
export async function portalFetch<T>(path: string, request: PortalRequest = {}): Promise<T> {
  const headers = new Headers({ Accept: "application/json" });
  const key = publishableKey();
  if (key) headers.set("x-publishable-api-key", key);
  if (request.token) headers.set("Authorization", `Bearer ${request.token}`);
  let body: BodyInit | undefined;
  if (request.form) body = request.form;
  else if (request.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(request.json);
  }
  const method = request.method ?? (body ? "POST" : "GET");
  let response: Response;
  try {
    response = await withTimeout(
      fetch(portalUrl(path, request.query), { method, headers, body }),
      request.form ? UPLOAD_TIMEOUT_MS : BACKEND_TIMEOUT_MS,
    );
  } catch (error) {
    if (isBackendDownError(error)) {
      console.error(`[storefront] backend unavailable for ${method} ${path}: ${String(error)}`);
      throw backendUnavailable();
    }
    throw error;
  }
  const payload = (await response.json().catch(() => null)) as { message?: unknown; type?: unknown } | null;
  if (!response.ok) {
    if (response.status >= 500) {
      console.error(`[storefront] backend error ${response.status} for ${method} ${path}: ${String(payload?.message ?? "")}`);
      if (response.status === 502 || response.status === 503 || response.status === 504) throw backendUnavailable();
    }
    const message = typeof payload?.message === "string" ? payload.message : response.statusText;
    throw new PortalApiError(response.status, message, typeof payload?.type === "string" ? payload.type : null);
  }
  return payload as T;
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
