import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetcher } from "react-router";
import { ACCOUNT_COMMUNES_PATH } from "../../lib/account";
import type { Commune, Province } from "../../lib/account-types";
import { useHydrated } from "../../lib/hydrated";
import { SelectField, TextField, secondaryButton } from "../portal/PortalUi";

/** The translation keys a form's labels come from (the account's and the checkout's wordings differ). */
export type VnAddressLabels = "account.addresses" | "checkout.address";

interface VnAddressValues {
  full_name?: string;
  phone?: string;
  province_code?: string;
  commune_code?: string;
  street?: string;
}

/**
 * The Vietnamese delivery address fields, for a two-column grid: recipient,
 * phone, province, then one of its communes (loaded from the communes
 * resource route when the province changes; without JavaScript, a submit
 * button named `showCommunesName` asks the page for them), street.
 * The surrounding form keeps its own hidden fields, extra fields and submit.
 */
export function VnAddressFields({
  labels,
  provinces,
  values,
  communes: initialCommunes,
  communesProvince,
  fieldError,
  showCommunesName,
  autoCompleteSection,
  phoneHint,
}: {
  labels: VnAddressLabels;
  provinces: ReadonlyArray<Province>;
  values: VnAddressValues;
  /** The communes the page already has, and the province they belong to. */
  communes: ReadonlyArray<Commune>;
  communesProvince: string;
  fieldError: (name: "full_name" | "phone" | "province_code" | "commune_code" | "street") => string | null;
  showCommunesName: string;
  /** An autocomplete section such as "shipping" (→ "shipping name"). */
  autoCompleteSection?: string;
  phoneHint?: string;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const fetcher = useFetcher<{ provinceCode: string; communes: Commune[] }>();
  const initialProvince = values.province_code ?? "";
  const [provinceCode, setProvinceCode] = useState(initialProvince);
  useEffect(() => setProvinceCode(initialProvince), [initialProvince]);
  const fetched = fetcher.data?.provinceCode === provinceCode ? fetcher.data.communes : null;
  const communes = fetched ?? (communesProvince === provinceCode ? initialCommunes : []);
  const autoComplete = (token: string) => (autoCompleteSection ? `${autoCompleteSection} ${token}` : token);

  return (
    <>
      <TextField
        label={t(`${labels}.fullName`)}
        name="full_name"
        required
        autoComplete={autoComplete("name")}
        defaultValue={values.full_name}
        error={fieldError("full_name")}
      />
      <TextField
        label={t(`${labels}.phone`)}
        name="phone"
        type="tel"
        inputMode="tel"
        required
        autoComplete={autoComplete("tel")}
        hint={phoneHint}
        defaultValue={values.phone}
        error={fieldError("phone")}
      />
      <SelectField
        label={t(`${labels}.province`)}
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
        <option value="">{t(`${labels}.chooseProvince`)}</option>
        {provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        key={`commune-${provinceCode}-${communes.length}`}
        label={t(`${labels}.commune`)}
        name="commune_code"
        required
        disabled={!communes.length}
        defaultValue={values.commune_code ?? ""}
        error={fieldError("commune_code")}
        hint={!communes.length ? (fetcher.state === "loading" ? t(`${labels}.loadingCommunes`) : t(`${labels}.communeHint`)) : undefined}
      >
        <option value="">{t(`${labels}.chooseCommune`)}</option>
        {communes.map((commune) => (
          <option key={commune.code} value={commune.code}>
            {commune.name}
          </option>
        ))}
      </SelectField>
      {!hydrated ? (
        <div className="sm:col-span-2">
          <button type="submit" name={showCommunesName} value="1" formNoValidate className={secondaryButton}>
            {t(`${labels}.showCommunes`)}
          </button>
        </div>
      ) : null}
      <TextField
        className="sm:col-span-2"
        label={t(`${labels}.street`)}
        name="street"
        required
        autoComplete={autoComplete("street-address")}
        defaultValue={values.street}
        error={fieldError("street")}
      />
    </>
  );
}
