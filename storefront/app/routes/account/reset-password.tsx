import { useTranslation } from "../../lib/translation";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/reset-password";
import { AuthPage } from "../../components/account/AuthPage";
import { FormErrorSummary, TextField, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_FORGOT_PATH, ACCOUNT_LOGIN_PATH } from "../../lib/account";
import { isAccountApiError } from "../../lib/account-api.server";
import { updatePassword } from "../../lib/account-auth.server";
import { formError, localFormErrors, resetErrorKey, retryMinutes } from "../../lib/account-errors";
import { hasLocalErrors, parseResetForm, PASSWORD_MIN_LENGTH } from "../../lib/account-forms";
import { flashAccountNotice } from "../../lib/account-session.server";
import { metaT } from "../../lib/locale";
import { commitShopSession, getShopSession, setCustomerToken } from "../../lib/shop-session.server";

/** The link in the email: `?token=…&email=…`. */
function linkOf(source: URLSearchParams | FormData) {
  const token = source.get("token");
  const email = source.get("email");
  return { token: typeof token === "string" ? token.trim() : "", email: typeof email === "string" ? email.trim().toLowerCase() : "" };
}

export function loader({ request }: Route.LoaderArgs) {
  const { token, email } = linkOf(new URL(request.url).searchParams);
  return { token, email, complete: !!token && !!email };
}

/** The token is in the page's address: no Referer carries it to anyone. */
export const headers: Route.HeadersFunction = () => ({ "Referrer-Policy": "no-referrer" });

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const fromForm = linkOf(form);
  const link = fromForm.token ? fromForm : linkOf(new URL(request.url).searchParams);
  if (!link.token || !link.email) return data({ errors: formError(t("account.reset.missingLink")), linkInvalid: true }, { status: 400 });
  const { values, errors } = parseResetForm(form);
  if (hasLocalErrors(errors)) return data({ errors: localFormErrors(errors, t), linkInvalid: false }, { status: 400 });
  try {
    await updatePassword(link.token, link.email, values.password);
  } catch (error) {
    const key = isAccountApiError(error) ? resetErrorKey(error) : null;
    if (!isAccountApiError(error) || error.status >= 500) throw error;
    const message = key ? t(key, { minutes: retryMinutes(error.retryAfter) }) : error.message;
    return data({ errors: formError(message), linkInvalid: key === "account.errors.resetLinkInvalid" }, { status: error.status });
  }
  // Whoever was logged in on this browser, the new password is for `email`: log in afresh.
  const session = await getShopSession(request);
  setCustomerToken(session, null);
  flashAccountNotice(session, { kind: "success", message: t("account.reset.done") });
  return redirect(`${ACCOUNT_LOGIN_PATH}?${new URLSearchParams({ email: link.email })}`, {
    headers: { "Set-Cookie": await commitShopSession(session) },
  });
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.reset.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { token, email, complete } = loaderData;
  if (!complete) {
    return (
      <AuthPage title={t("account.reset.title")} notice={{ kind: "error", message: t("account.reset.missingLink") }} footer={[{ to: ACCOUNT_FORGOT_PATH, link: t("account.reset.requestNew") }]}>
        {null}
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t("account.reset.title")} lead={t("account.reset.lead", { email })}>
      <Form method="post" className="mt-6 flex flex-col gap-4" data-testid="reset-password-form">
        <FormErrorSummary errors={actionData?.errors} />
        {actionData?.linkInvalid ? (
          <p>
            <Link to={ACCOUNT_FORGOT_PATH} className="font-semibold text-leaf-800 underline">
              {t("account.reset.requestNew")}
            </Link>
          </p>
        ) : null}
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {/* For password managers: the account whose password this is. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextField
          label={t("account.reset.password")}
          name="password"
          type="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          hint={t("account.register.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          error={actionData?.errors.fields.password}
        />
        <TextField
          label={t("account.reset.confirm")}
          name="confirm"
          type="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          error={actionData?.errors.fields.confirm}
        />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("account.reset.submit")}
        </button>
      </Form>
    </AuthPage>
  );
}
