import { useTranslation } from "../../lib/translation";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/login";
import { AuthPage } from "../../components/account/AuthPage";
import { FormErrorSummary, TextField, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_FORGOT_PATH, ACCOUNT_REGISTER_PATH, accountLoginHref, accountNext } from "../../lib/account";
import { isAccountApiError } from "../../lib/account-api.server";
import { loginCustomer, startCustomerSession } from "../../lib/account-auth.server";
import { formError, localFormErrors, loginErrorKey, retryMinutes } from "../../lib/account-errors";
import { hasLocalErrors, parseLoginForm } from "../../lib/account-forms";
import { takeAccountNotice } from "../../lib/account-session.server";
import { tokenActorId } from "../../lib/auth-token";
import { metaT } from "../../lib/locale";
import { commitShopSession, customerTokenOf, getShopSession } from "../../lib/shop-session.server";

/** `?next=` kept for the form; someone already logged in goes straight on. */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = accountNext(url.searchParams.get("next"));
  const session = await getShopSession(request);
  if (customerTokenOf(session)) throw redirect(next);
  const notice = takeAccountNotice(session);
  return data(
    { next: url.searchParams.has("next") ? next : null, notice, email: url.searchParams.get("email") ?? "" },
    notice ? { headers: { "Set-Cookie": await commitShopSession(session) } } : undefined,
  );
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const next = accountNext(form.get("next"));
  const { values, errors } = parseLoginForm(form);
  if (hasLocalErrors(errors)) return data({ errors: localFormErrors(errors, t), email: values.email }, { status: 400 });
  let token: string;
  try {
    token = await loginCustomer(values.email, values.password);
  } catch (error) {
    const key = isAccountApiError(error) ? loginErrorKey(error) : null;
    if (!key || !isAccountApiError(error)) throw error;
    return data({ errors: formError(t(key, { minutes: retryMinutes(error.retryAfter) })), email: values.email }, { status: error.status });
  }
  // An email known as a producer's login, say, but with no shopping account.
  if (!tokenActorId(token)) return data({ errors: formError(t("account.errors.notCustomer")), email: values.email }, { status: 401 });
  return startCustomerSession(request, token, next);
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.login.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function AccountLogin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { next, notice } = loaderData;
  return (
    <AuthPage
      title={t("account.login.title")}
      lead={t("account.login.lead")}
      notice={notice}
      footer={[
        { to: ACCOUNT_FORGOT_PATH, link: t("account.login.forgot") },
        { text: t("account.login.noAccount"), to: accountLoginHref(next, ACCOUNT_REGISTER_PATH), link: t("account.login.registerLink") },
      ]}
    >
      <Form method="post" className="mt-6 flex flex-col gap-4" data-testid="account-login-form">
        <FormErrorSummary errors={actionData?.errors} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          label={t("account.login.email")}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData?.email ?? loaderData.email}
          error={actionData?.errors.fields.email}
        />
        <TextField
          label={t("account.login.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={actionData?.errors.fields.password}
        />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("account.login.submit")}
        </button>
      </Form>
    </AuthPage>
  );
}
