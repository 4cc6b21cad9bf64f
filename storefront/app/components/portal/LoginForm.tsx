import { useTranslation } from "../../lib/translation";
import { Form, Link, useNavigation } from "react-router";
import { Notice, PageTitle, TextField, primaryButton } from "./PortalUi";

/** The login form of either portal (email and password; posts to its route's action). */
export function LoginForm({
  title,
  lead,
  next,
  error,
  email,
  footer,
}: {
  title: string;
  lead: string;
  next: string | null;
  error?: string | null;
  email?: string;
  footer?: { text: string; to: string; link: string };
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{title}</PageTitle>
      <p className="mt-2 text-earth-800">{lead}</p>
      <Form method="post" className="mt-6 flex flex-col gap-4" data-testid="login-form">
        {error ? <Notice kind="error" message={error} /> : null}
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField label={t("portal.login.email")} name="email" type="email" autoComplete="username" required defaultValue={email} />
        <TextField label={t("portal.login.password")} name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("portal.login.submit")}
        </button>
      </Form>
      {footer ? (
        <p className="mt-6 text-earth-800">
          {footer.text}{" "}
          <Link to={footer.to} className="font-semibold text-leaf-800 underline">
            {footer.link}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
