/** The fair forms' own checks (i18n keys) as the portal's form errors, in the page's language. */
import type { TFunction } from "i18next";
import type { FairLocalErrors } from "./fair-form";
import { noErrors, type FormErrors } from "./portal";

export function fairFormErrors(local: FairLocalErrors, t: TFunction): FormErrors {
  const errors = noErrors();
  for (const [field, key] of Object.entries(local)) errors.fields[field] = t(key);
  return errors;
}
