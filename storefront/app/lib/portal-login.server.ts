/** The login and logout actions of both portals. */
import { data, redirect } from "react-router";
import { getFixedT } from "../i18n";
import { getLocale } from "../i18n/i18n.server";
import { portalLogin, isPortalApiError, rememberToken } from "./portal-api.server";
import type { PortalActor } from "./portal-session.server";
import { text } from "./portal";
import { safeRedirectPath } from "./safe-redirect";

export async function loginAction(request: Request, actor: PortalActor, home: string) {
  const form = await request.formData();
  const email = text(form, "email").toLowerCase();
  const password = typeof form.get("password") === "string" ? (form.get("password") as string) : "";
  const next = safeRedirectPath(form.get("next"), home);
  const t = getFixedT(await getLocale(request));
  try {
    const token = await portalLogin(actor, email, password);
    return redirect(next.startsWith(home) ? next : home, { headers: { "Set-Cookie": await rememberToken(request, actor, token) } });
  } catch (error) {
    if (isPortalApiError(error, 401) || isPortalApiError(error, 400)) {
      return data({ error: t("portal.login.invalid"), email }, { status: 401 });
    }
    if (isPortalApiError(error)) return data({ error: error.message, email }, { status: error.status });
    throw error;
  }
}

export async function logoutAction(request: Request, actor: PortalActor, loginPath: string) {
  return redirect(loginPath, { headers: { "Set-Cookie": await rememberToken(request, actor, null) } });
}

/** `?next=` of a login page, when it is a path inside the portal. */
export function nextOf(request: Request, home: string): string | null {
  const next = new URL(request.url).searchParams.get("next");
  const safe = safeRedirectPath(next, "");
  return safe && safe.startsWith(home) ? safe : null;
}
