import { redirect } from "react-router";
import type { Route } from "./+types/language";
import { serializeLocaleCookie } from "../i18n/i18n.server";
import { LOCALE_SEARCH_PARAM, normalizeLocale } from "../i18n/locales";
import { safeRedirectPath } from "../lib/safe-redirect";

/**
 * Language switch (`/doi-ngon-ngu`). Takes `lng` ("vi" | "en") and
 * `redirectTo` (a same-site path), stores the language in the `lng` cookie and
 * redirects back. An unknown language changes nothing.
 */
async function switchLanguage(lngValue: unknown, redirectValue: unknown) {
  const locale = normalizeLocale(lngValue);
  const to = safeRedirectPath(redirectValue);
  if (!locale) return redirect(to);
  return redirect(to, { headers: { "Set-Cookie": await serializeLocaleCookie(locale) } });
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  return switchLanguage(form.get(LOCALE_SEARCH_PARAM), form.get("redirectTo"));
}

/** GET /doi-ngon-ngu?lng=en&redirectTo=/san-pham/x works too (plain links). */
export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  return switchLanguage(params.get(LOCALE_SEARCH_PARAM), params.get("redirectTo"));
}
