import { useTranslation } from "../../lib/translation";
import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/forgot-password";
import { AuthPage } from "../../components/account/AuthPage";
import { FormErrorSummary, TextField, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { ACCOUNT_LOGIN_PATH } from "../../lib/account";
import { requestPasswordReset } from "../../lib/account-auth.server";
import { localFormErrors } from "../../lib/account-errors";
import { hasLocalErrors, parseForgotForm } from "../../lib/account-forms";
import { metaT } from "../../lib/locale";

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const { values, errors } = parseForgotForm(form);
  if (hasLocalErrors(errors)) return data({ sent: null, email: values.email, errors: localFormErrors(errors, t) }, { status: 400 });
  await requestPasswordReset(values.email);
  return { sent: t("account.forgot.sent", { email: values.email }), email: values.email, errors: null };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.forgot.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <AuthPage
      title={t("account.forgot.title")}
      lead={t("account.forgot.lead")}
      notice={actionData?.sent ? { kind: "success", message: actionData.sent } : null}
      footer={[{ to: ACCOUNT_LOGIN_PATH, link: t("account.forgot.backToLogin") }]}
    >
      <Form method="post" className="mt-6 flex flex-col gap-4" data-testid="forgot-password-form">
        <FormErrorSummary errors={actionData?.errors} />
        <TextField
          label={t("account.forgot.email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={actionData?.email}
          error={actionData?.errors?.fields.email}
        />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("account.forgot.submit")}
        </button>
      </Form>
    </AuthPage>
  );
}
