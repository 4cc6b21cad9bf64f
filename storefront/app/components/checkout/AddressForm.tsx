import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import type { AddressField, AddressValues } from "../../lib/checkout";
import type { Commune } from "../../lib/portal-types";
import { VnAddressFields } from "../address/VnAddressFields";
import { FormErrorSummary, TextField, primaryButton } from "../portal/PortalUi";

export interface AddressFormErrors {
  form: string[];
  fields: Partial<Record<AddressField, string>>;
}

/**
 * Email and the Vietnamese delivery address (the shared fields: the
 * province's communes load when the province changes, or with
 * "Xem xã/phường" — a reload that keeps what was typed). Errors sit next to
 * their fields.
 */
export function AddressForm({
  values,
  provinces,
  communes,
  communesProvince,
  errors,
  savedNote,
}: {
  values: AddressValues;
  provinces: ReadonlyArray<{ code: string; name: string }>;
  communes: Commune[];
  communesProvince: string;
  errors: AddressFormErrors | null;
  savedNote: boolean;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const error = (name: AddressField) => errors?.fields[name] ?? null;

  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" data-testid="address-form">
      <div className="sm:col-span-2">
        <FormErrorSummary errors={errors ? { form: errors.form, fields: errors.fields as Record<string, string> } : null} />
      </div>
      {savedNote ? <p className="text-sm text-leaf-800 sm:col-span-2">{t("checkout.address.savedNote")}</p> : null}
      <TextField
        className="sm:col-span-2"
        label={t("checkout.address.email")}
        name="email"
        type="email"
        required
        autoComplete="email"
        hint={t("checkout.address.emailHint")}
        defaultValue={values.email}
        error={error("email")}
      />
      <VnAddressFields
        labels="checkout.address"
        provinces={provinces}
        values={values}
        communes={communes}
        communesProvince={communesProvince}
        fieldError={error}
        showCommunesName="communes"
        phoneHint={t("checkout.address.phoneHint")}
      />
      <div className="sm:col-span-2">
        <button type="submit" name="intent" value="address" className={primaryButton} disabled={busy} data-testid="address-submit">
          {busy ? t("portal.form.sending") : t("checkout.next")}
        </button>
      </div>
    </Form>
  );
}
