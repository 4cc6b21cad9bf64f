import { useTranslation } from "../../lib/translation";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/addresses";
import { AddressForm } from "../../components/account/AddressForm";
import { AddressLines } from "../../components/account/AddressLines";
import { PageTitle, cardClass, dangerButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_ADDRESSES_PATH } from "../../lib/account";
import { addAddress, communeOptions, deleteAddress, listAddresses, provinceOptions } from "../../lib/account-addresses.server";
import { isAccountApiError } from "../../lib/account-api.server";
import { fieldErrors, localFormErrors } from "../../lib/account-errors";
import { ADDRESS_FIELDS, hasLocalErrors, parseAddressForm, type AddressValues } from "../../lib/account-forms";
import { customerClient, flashAccountNotice } from "../../lib/account-session.server";
import type { Commune } from "../../lib/account-types";
import { metaT } from "../../lib/locale";
import { text, type FormErrors } from "../../lib/portal";
import { commitShopSession } from "../../lib/shop-session.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await customerClient(request);
  const [addresses, provinces] = await Promise.all([listAddresses(client), provinceOptions()]);
  return { addresses, provinces };
}

type AddResult = { values: AddressValues; communes: Commune[]; errors: FormErrors | null };

export async function action({ request }: Route.ActionArgs) {
  const client = await customerClient(request);
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const done = async (message: string) => {
    flashAccountNotice(client.session, { kind: "success", message });
    return redirect(ACCOUNT_ADDRESSES_PATH, { headers: { "Set-Cookie": await commitShopSession(client.session) } });
  };

  if (text(form, "intent") === "delete") {
    try {
      await deleteAddress(client, text(form, "id"));
    } catch (error) {
      // Already gone (another tab): the list is what it should be.
      if (!isAccountApiError(error, 404)) throw error;
    }
    return done(t("account.addresses.deleted"));
  }

  const { values, errors } = parseAddressForm(form);
  const communes = () => communeOptions(values.province_code);
  // Without JavaScript: "Xem xã/phường của tỉnh" shows the province's communes and keeps what was typed.
  if (text(form, "show_communes")) return { values, communes: await communes(), errors: null } satisfies AddResult;
  if (hasLocalErrors(errors)) {
    return data({ values, communes: await communes(), errors: localFormErrors(errors, t) } satisfies AddResult, { status: 400 });
  }
  try {
    await addAddress(client, values);
  } catch (error) {
    if (!isAccountApiError(error) || error.status >= 500) throw error;
    return data({ values, communes: await communes(), errors: fieldErrors(error, ADDRESS_FIELDS) } satisfies AddResult, { status: error.status });
  }
  return done(t("account.addresses.added"));
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.addresses.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function AccountAddresses({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { addresses, provinces } = loaderData;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("account.addresses.heading")}</PageTitle>
      {addresses.length ? (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("account.addresses.listLabel")} data-testid="address-list">
          {addresses.map((address) => (
            <li key={address.id} className={`${cardClass} flex flex-col gap-3`} data-testid="saved-address">
              <AddressLines address={address} />
              <Form method="post">
                <input type="hidden" name="intent" value="delete" />
                <input type="hidden" name="id" value={address.id} />
                <button type="submit" className={dangerButton} aria-label={t("account.addresses.deleteLabel", { name: address.full_name })}>
                  {t("account.addresses.delete")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-earth-800" data-testid="no-addresses">
          {t("account.addresses.empty")}
        </p>
      )}
      <section aria-labelledby="new-address-heading" className="flex flex-col gap-3">
        <h2 id="new-address-heading" className="text-xl font-semibold text-leaf-900">
          {t("account.addresses.addHeading")}
        </h2>
        <AddressForm
          key={addresses.length}
          provinces={provinces}
          values={actionData?.values ?? {}}
          communes={actionData?.communes ?? []}
          errors={actionData?.errors ?? null}
        />
      </section>
    </div>
  );
}
