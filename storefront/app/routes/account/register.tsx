import { useTranslation } from "../../lib/translation";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/register";
import { AuthPage } from "../../components/account/AuthPage";
import { FormErrorSummary, TextField, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { accountLoginHref, accountNext } from "../../lib/account";
import { isAccountApiError } from "../../lib/account-api.server";
import { EmailTakenError, registerCustomer, startCustomerSession } from "../../lib/account-auth.server";
import { formError, localFormErrors, retryMinutes } from "../../lib/account-errors";
import { hasLocalErrors, parseRegisterForm, PASSWORD_MIN_LENGTH, type RegisterValues } from "../../lib/account-forms";
import { flashAccountNotice } from "../../lib/account-session.server";
import { metaT } from "../../lib/locale";
import type { FormErrors } from "../../lib/portal";
import { customerTokenOf, getShopSession } from "../../lib/shop-session.server";

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = accountNext(url.searchParams.get("next"));
  if (customerTokenOf(await getShopSession(request))) throw redirect(next);
  return { next: url.searchParams.has("next") ? next : null };
}

type Kept = Omit<RegisterValues, "password">;

function failed(values: RegisterValues, errors: FormErrors, status = 400) {
  const { password: _password, ...kept } = values;
  return data({ values: kept as Kept, errors }, { status });
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const next = accountNext(form.get("next"));
  const { values, errors } = parseRegisterForm(form);
  if (hasLocalErrors(errors)) return failed(values, localFormErrors(errors, t));
  let token: string;
  try {
    token = await registerCustomer(values);
  } catch (error) {
    if (error instanceof EmailTakenError) return failed(values, { form: [], fields: { email: t("account.errors.emailTaken") } }, 409);
    if (!isAccountApiError(error) || error.status >= 500) throw error;
    if (error.status === 429) return failed(values, formError(t("account.errors.rateLimited", { minutes: retryMinutes(error.retryAfter) })), 429);
    // A password the backend finds too weak, or another check of its own: its (Vietnamese) message.
    const onPassword = /mật khẩu|password/i.test(error.message);
    return failed(values, onPassword ? { form: [], fields: { password: error.message } } : formError(error.message));
  }
  return startCustomerSession(request, token, next, (session) =>
    flashAccountNotice(session, { kind: "success", message: t("account.register.welcome", { name: values.full_name }) }),
  );
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.register.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function AccountRegister({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const values: Partial<Kept> = actionData?.values ?? {};
  const fieldError = (name: string) => actionData?.errors.fields[name] ?? null;
  return (
    <AuthPage
      title={t("account.register.title")}
      lead={t("account.register.lead")}
      footer={[{ text: t("account.register.haveAccount"), to: accountLoginHref(loaderData.next), link: t("account.register.loginLink") }]}
    >
      <Form method="post" className="mt-6 flex flex-col gap-4" data-testid="account-register-form">
        <FormErrorSummary errors={actionData?.errors} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <TextField label={t("account.register.fullName")} name="full_name" required autoComplete="name" defaultValue={values.full_name} error={fieldError("full_name")} />
        <TextField label={t("account.register.email")} name="email" type="email" required autoComplete="email" defaultValue={values.email} error={fieldError("email")} />
        <TextField
          label={t("account.register.password")}
          name="password"
          type="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          hint={t("account.register.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          error={fieldError("password")}
        />
        <TextField
          label={t("account.register.phone")}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          hint={t("account.register.phoneHint")}
          defaultValue={values.phone}
          error={fieldError("phone")}
        />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("account.register.submit")}
        </button>
      </Form>
    </AuthPage>
  );
}
