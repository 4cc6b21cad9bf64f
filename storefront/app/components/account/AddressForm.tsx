import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import type { AddressValues } from "../../lib/account-forms";
import type { Commune, Province } from "../../lib/account-types";
import type { FormErrors } from "../../lib/portal";
import { VnAddressFields } from "../address/VnAddressFields";
import { FormErrorSummary, cardClass, primaryButton } from "../portal/PortalUi";

/**
 * A new delivery address: the shared Vietnamese address fields (communes load
 * when the province changes; without JavaScript, a button asks the page for
 * them), then "Lưu địa chỉ". Field errors are the backend's messages.
 */
export function AddressForm({
  provinces,
  values,
  communes,
  errors,
}: {
  provinces: ReadonlyArray<Province>;
  values: Partial<AddressValues>;
  communes: ReadonlyArray<Commune>;
  errors: FormErrors | null;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";

  return (
    <Form method="post" className={`${cardClass} grid gap-4 sm:grid-cols-2`} data-testid="address-form">
      <input type="hidden" name="intent" value="add" />
      <div className="sm:col-span-2">
        <FormErrorSummary errors={errors} />
      </div>
      <VnAddressFields
        labels="account.addresses"
        provinces={provinces}
        values={values}
        communes={communes}
        communesProvince={values.province_code ?? ""}
        fieldError={(name) => errors?.fields[name] ?? null}
        showCommunesName="show_communes"
        autoCompleteSection="shipping"
      />
      <div className="sm:col-span-2">
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("account.addresses.submit")}
        </button>
      </div>
    </Form>
  );
}
