import { useEffect, useState } from "react";
import { useTranslation } from "../../lib/translation";
import { Form, useFetcher, useNavigation } from "react-router";
import { COMMUNES_PATH, type AddressField, type AddressValues } from "../../lib/checkout";
import { useHydrated } from "../../lib/hydrated";
import type { Commune } from "../../lib/portal-types";
import { FormErrorSummary, SelectField, TextField, primaryButton, secondaryButton } from "../portal/PortalUi";

export interface AddressFormErrors {
  form: string[];
  fields: Partial<Record<AddressField, string>>;
}

/**
 * Email and the Vietnamese delivery address. The province's communes load
 * when the province changes (JavaScript), or with "Xem xã/phường" (a reload
 * that keeps what was typed). Errors sit next to their fields.
 */
export function AddressForm({
  values,
  provinces,
  communes: initialCommunes,
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
  const hydrated = useHydrated();
  const busy = useNavigation().state === "submitting";
  const fetcher = useFetcher<{ provinceCode: string; communes: Commune[] }>();
  const [provinceCode, setProvinceCode] = useState(values.province_code);
  useEffect(() => setProvinceCode(values.province_code), [values.province_code]);
  const fetched = fetcher.data?.provinceCode === provinceCode ? fetcher.data.communes : null;
  const communes = fetched ?? (communesProvince === provinceCode ? initialCommunes : []);
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
      <TextField label={t("checkout.address.fullName")} name="full_name" required autoComplete="name" defaultValue={values.full_name} error={error("full_name")} />
      <TextField
        label={t("checkout.address.phone")}
        name="phone"
        type="tel"
        required
        autoComplete="tel"
        inputMode="tel"
        hint={t("checkout.address.phoneHint")}
        defaultValue={values.phone}
        error={error("phone")}
      />
      <SelectField
        label={t("checkout.address.province")}
        name="province_code"
        required
        value={provinceCode}
        onChange={(event) => {
          const code = event.currentTarget.value;
          setProvinceCode(code);
          if (code) fetcher.load(`${COMMUNES_PATH}?${new URLSearchParams({ province_code: code })}`);
        }}
        error={error("province_code")}
      >
        <option value="">{t("checkout.address.chooseProvince")}</option>
        {provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        key={`commune-${provinceCode}-${communes.length}`}
        label={t("checkout.address.commune")}
        name="commune_code"
        required
        disabled={!communes.length}
        defaultValue={values.commune_code}
        error={error("commune_code")}
        hint={!communes.length ? (fetcher.state === "loading" ? t("checkout.address.loadingCommunes") : t("checkout.address.communeHint")) : undefined}
      >
        <option value="">{t("checkout.address.chooseCommune")}</option>
        {communes.map((commune) => (
          <option key={commune.code} value={commune.code}>
            {commune.name}
          </option>
        ))}
      </SelectField>
      {!hydrated ? (
        <div className="sm:col-span-2">
          <button type="submit" name="communes" value="1" formNoValidate className={secondaryButton}>
            {t("checkout.address.showCommunes")}
          </button>
        </div>
      ) : null}
      <TextField
        className="sm:col-span-2"
        label={t("checkout.address.street")}
        name="street"
        required
        autoComplete="street-address"
        defaultValue={values.street}
        error={error("street")}
      />
      <div className="sm:col-span-2">
        <button type="submit" name="intent" value="address" className={primaryButton} disabled={busy} data-testid="address-submit">
          {busy ? t("portal.form.sending") : t("checkout.next")}
        </button>
      </div>
    </Form>
  );
}
