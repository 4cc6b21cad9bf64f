/**
 * What the backend answered, turned into what an account form shows: its
 * field errors (`fields`, Vietnamese) on the fields, Medusa's English auth
 * messages as our own i18n keys, and rate limiting.
 */
import type { TFunction } from "i18next";
import { PASSWORD_MIN_LENGTH, type AccountErrorKey } from "./account-forms";
import type { FormErrors } from "./portal";

/** The parts of a backend refusal the pages look at (see AccountApiError). */
export interface Refusal {
  status: number;
  message: string;
  fields?: Record<string, string> | null;
  retryAfter?: number | null;
}

export type AuthErrorKey =
  | "account.errors.invalidLogin"
  | "account.errors.emailTaken"
  | "account.errors.rateLimited"
  | "account.errors.resetLinkInvalid"
  | "account.errors.notCustomer";

/** Minutes to wait, from the Retry-After seconds (at least 1). */
export function retryMinutes(retryAfter: number | null | undefined): number {
  return retryAfter && retryAfter > 0 ? Math.max(1, Math.ceil(retryAfter / 60)) : 15;
}

/**
 * The email already has an identity: Medusa's emailpass provider says
 * "Identity with email already exists", which our backend translates to
 * "Email này đã có tài khoản…".
 */
export function isEmailTaken(refusal: Refusal): boolean {
  return (
    (refusal.status === 401 || refusal.status === 400 || refusal.status === 409) &&
    /already exists|has an account|đã có tài khoản/iu.test(refusal.message)
  );
}

/** A login refusal: wrong email or password, or too many tries. */
export function loginErrorKey(refusal: Refusal): AuthErrorKey | null {
  if (refusal.status === 429) return "account.errors.rateLimited";
  if (refusal.status === 401 || refusal.status === 400) return "account.errors.invalidLogin";
  return null;
}

/** A password update refusal: the link's token expired, was used, or was never valid. */
export function resetErrorKey(refusal: Refusal): AuthErrorKey | null {
  if (refusal.status === 429) return "account.errors.rateLimited";
  if (refusal.status === 401 || refusal.status === 403 || refusal.status === 404) return "account.errors.resetLinkInvalid";
  return null;
}

/**
 * The backend's `fields` on the form's fields (only those the form shows, in
 * `known`); its message for the whole form when nothing else says what is wrong.
 */
export function fieldErrors(refusal: Refusal, known: ReadonlyArray<string>): FormErrors {
  const errors: FormErrors = { form: [], fields: {} };
  for (const [field, message] of Object.entries(refusal.fields ?? {})) {
    if (typeof message !== "string" || !message) continue;
    if (known.includes(field)) errors.fields[field] = message;
    else errors.form.push(message);
  }
  if (!Object.keys(errors.fields).length && !errors.form.length && refusal.message) errors.form.push(refusal.message);
  return errors;
}

/** The storefront's own checks (i18n keys) as messages in the page's language. */
export function localFormErrors(errors: Partial<Record<string, AccountErrorKey>>, t: TFunction): FormErrors {
  const result: FormErrors = { form: [], fields: {} };
  for (const [field, key] of Object.entries(errors)) if (key) result.fields[field] = t(key, { min: PASSWORD_MIN_LENGTH });
  return result;
}

/** One message for the whole form. */
export const formError = (message: string): FormErrors => ({ form: [message], fields: {} });
