import { useTranslation } from "../../lib/translation";
import { data, Form, redirect, useNavigation, useRouteLoaderData } from "react-router";
import type { Route } from "./+types/overview";
import { FormErrorSummary, PageTitle, TextField, cardClass, primaryButton, secondaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_PATH } from "../../lib/account";
import { isAccountApiError } from "../../lib/account-api.server";
import { updateCustomer } from "../../lib/account-customer.server";
import { formError, localFormErrors } from "../../lib/account-errors";
import { hasLocalErrors, parseProfileForm, type ProfileValues } from "../../lib/account-forms";
import { customerClient, flashAccountNotice } from "../../lib/account-session.server";
import { metaT } from "../../lib/locale";
import { commitShopSession } from "../../lib/shop-session.server";
import type { AccountLayoutData } from "./layout";

/** Saves the name and phone (the email is the login and stays). */
export async function action({ request }: Route.ActionArgs) {
  const client = await customerClient(request);
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const { values, errors } = parseProfileForm(form);
  if (hasLocalErrors(errors)) return data({ values, errors: localFormErrors(errors, t) }, { status: 400 });
  try {
    await updateCustomer(client, values);
  } catch (error) {
    if (!isAccountApiError(error) || error.status >= 500) throw error;
    return data({ values, errors: formError(error.message) }, { status: error.status });
  }
  flashAccountNotice(client.session, { kind: "success", message: t("account.overview.saved") });
  return redirect(ACCOUNT_PATH, { headers: { "Set-Cookie": await commitShopSession(client.session) } });
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.overview.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function AccountOverview({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const layout = useRouteLoaderData("routes/account/layout") as AccountLayoutData | undefined;
  if (!layout) return null;
  const { customer } = layout;
  const values: Partial<ProfileValues> = actionData?.values ?? customer;
  const errors = actionData?.errors ?? null;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("account.overview.heading")}</PageTitle>
      <dl className={`${cardClass} grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]`} data-testid="account-details">
        <dt className="font-semibold text-leaf-900">{t("account.overview.fullName")}</dt>
        <dd data-testid="account-name">{customer.full_name || "—"}</dd>
        <dt className="font-semibold text-leaf-900">{t("account.overview.email")}</dt>
        <dd data-testid="account-email">{customer.email}</dd>
        <dt className="font-semibold text-leaf-900">{t("account.overview.phone")}</dt>
        <dd data-testid="account-phone">{customer.phone || t("account.overview.noPhone")}</dd>
      </dl>
      <details open={errors ? true : undefined}>
        <summary className={`${secondaryButton} cursor-pointer list-none`}>{t("account.overview.edit")}</summary>
        <Form method="post" className={`${cardClass} mt-3 grid gap-4 sm:grid-cols-2`} data-testid="profile-form">
          <div className="sm:col-span-2">
            <FormErrorSummary errors={errors} />
          </div>
          <TextField label={t("account.overview.fullName")} name="full_name" required autoComplete="name" defaultValue={values.full_name} error={errors?.fields.full_name} />
          <TextField
            label={t("account.overview.phone")}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            error={errors?.fields.phone}
          />
          <p className="text-sm text-earth-700 sm:col-span-2">{t("account.overview.emailHint")}</p>
          <div className="sm:col-span-2">
            <button type="submit" className={primaryButton} disabled={busy}>
              {t("account.overview.save")}
            </button>
          </div>
        </Form>
      </details>
    </div>
  );
}
