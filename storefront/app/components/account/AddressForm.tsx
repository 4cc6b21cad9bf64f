import { useEffect, useState } from "react";
import { useTranslation } from "../../lib/translation";
import { Form, useFetcher, useNavigation } from "react-router";
import { ACCOUNT_COMMUNES_PATH } from "../../lib/account";
import type { AddressValues } from "../../lib/account-forms";
import type { Commune, Province } from "../../lib/account-types";
import { useHydrated } from "../../lib/hydrated";
import type { FormErrors } from "../../lib/portal";
import { FormErrorSummary, SelectField, TextField, cardClass, primaryButton, secondaryButton } from "../portal/PortalUi";

/**
 * A new delivery address: recipient, phone, province, then one of its
 * communes (loaded when the province changes; without JavaScript, a button
 * asks the page for them), street. Field errors are the backend's messages.
 */
export function AddressForm({
  provinces,
  values,
  communes: initialCommunes,
  errors,
}: {
  provinces: ReadonlyArray<Province>;
  values: Partial<AddressValues>;
  communes: ReadonlyArray<Commune>;
  errors: FormErrors | null;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const busy = useNavigation().state === "submitting";
  const fetcher = useFetcher<{ provinceCode: string; communes: Commune[] }>();
  const initialProvince = values.province_code ?? "";
  const [provinceCode, setProvinceCode] = useState(initialProvince);
  useEffect(() => setProvinceCode(initialProvince), [initialProvince]);
  const fetched = fetcher.data && fetcher.data.provinceCode === provinceCode ? fetcher.data.communes : null;
  const communes = fetched ?? (provinceCode === initialProvince ? initialCommunes : []);
  const fieldError = (name: string) => errors?.fields[name] ?? null;

  return (
    <Form method="post" className={`${cardClass} grid gap-4 sm:grid-cols-2`} data-testid="address-form">
      <input type="hidden" name="intent" value="add" />
      <div className="sm:col-span-2">
        <FormErrorSummary errors={errors} />
      </div>
      <TextField
        label={t("account.addresses.fullName")}
        name="full_name"
        required
        autoComplete="shipping name"
        defaultValue={values.full_name}
        error={fieldError("full_name")}
      />
      <TextField
        label={t("account.addresses.phone")}
        name="phone"
        type="tel"
        inputMode="tel"
        required
        autoComplete="shipping tel"
        defaultValue={values.phone}
        error={fieldError("phone")}
      />
      <SelectField
        label={t("account.addresses.province")}
        name="province_code"
        required
        value={provinceCode}
        onChange={(event) => {
          const code = event.currentTarget.value;
          setProvinceCode(code);
          if (code) fetcher.load(`${ACCOUNT_COMMUNES_PATH}?${new URLSearchParams({ province_code: code })}`);
        }}
        error={fieldError("province_code")}
      >
        <option value="">{t("account.addresses.chooseProvince")}</option>
        {provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        key={`commune-${provinceCode}-${communes.length}`}
        label={t("account.addresses.commune")}
        name="commune_code"
        required
        disabled={!communes.length}
        defaultValue={values.commune_code ?? ""}
        error={fieldError("commune_code")}
        hint={!communes.length ? (fetcher.state === "loading" ? t("account.addresses.loadingCommunes") : t("account.addresses.communeHint")) : undefined}
      >
        <option value="">{t("account.addresses.chooseCommune")}</option>
        {communes.map((commune) => (
          <option key={commune.code} value={commune.code}>
            {commune.name}
          </option>
        ))}
      </SelectField>
      {!hydrated ? (
        <div className="sm:col-span-2">
          <button type="submit" name="show_communes" value="1" formNoValidate className={secondaryButton}>
            {t("account.addresses.showCommunes")}
          </button>
        </div>
      ) : null}
      <TextField
        className="sm:col-span-2"
        label={t("account.addresses.street")}
        name="street"
        required
        autoComplete="shipping street-address"
        defaultValue={values.street}
        error={fieldError("street")}
      />
      <div className="sm:col-span-2">
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("account.addresses.submit")}
        </button>
      </div>
    </Form>
  );
}
