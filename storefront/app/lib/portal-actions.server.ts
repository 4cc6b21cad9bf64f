/** Turning what a portal action got wrong into what its form shows. */
import type { TFunction } from "i18next";
import { data } from "react-router";
import { mapBackendErrors, noErrors, type FormErrors, type LocalErrors } from "./portal";
import { isPortalApiError } from "./portal-api.server";

/** The storefront's own checks (i18n keys) as messages in the page's language. */
export function localFormErrors(local: LocalErrors, t: TFunction): FormErrors {
  const errors = noErrors();
  for (const [field, key] of Object.entries(local.fields)) errors.fields[field] = t(key);
  return errors;
}

/**
 * A backend refusal (4xx with a Vietnamese message) as form errors; anything
 * else (a redirect to the login page, a 503) is thrown on.
 */
export function backendFormErrors(error: unknown, options: Parameters<typeof mapBackendErrors>[1] = {}): FormErrors {
  if (isPortalApiError(error) && error.status >= 400 && error.status < 500) {
    return mapBackendErrors(error.message, options);
  }
  throw error;
}

export type ActionResult = { ok: true; message: string; intent?: string; id?: string } | { ok: false; errors: FormErrors; intent?: string; id?: string };

export const actionOk = (message: string, extra: { intent?: string; id?: string } = {}) => ({ ok: true as const, message, ...extra });

export const actionFailed = (errors: FormErrors, extra: { intent?: string; id?: string } = {}, status = 400) =>
  data({ ok: false as const, errors, ...extra }, { status });
