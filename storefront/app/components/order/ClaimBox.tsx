import { useTranslation } from "../../lib/translation";
import { Form, Link, useNavigation } from "react-router";
import { accountLoginHref } from "../../lib/account";
import { CLAIM_PASSWORD_MIN_LENGTH } from "../../lib/order";
import { TextField, cardClass, primaryButton } from "../portal/PortalUi";

export type ClaimError = { kind: "password" | "emailTaken" | "failed"; message: string };

/**
 * "Tạo tài khoản để theo dõi đơn hàng": a guest sets a password (the email is
 * the order's) and the order joins the new account; a logged-in shopper just
 * adds it to theirs.
 */
export function ClaimBox({ offer, email, error, here }: { offer: "register" | "attach"; email: string; error?: ClaimError | null; here: string }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  if (offer === "attach") {
    return (
      <section className={cardClass} aria-labelledby="claim-heading" data-testid="claim-box">
        <h2 id="claim-heading" className="text-lg font-semibold text-leaf-900">
          {t("order.claim.attachHeading")}
        </h2>
        <p className="mt-1 text-earth-800">{t("order.claim.attachLead")}</p>
        {error ? <p role="alert" className="mt-2 font-medium text-lotus-700">{error.message}</p> : null}
        <Form method="post" className="mt-3">
          <button type="submit" name="intent" value="attach" className={primaryButton} disabled={busy}>
            {t("order.claim.attach")}
          </button>
        </Form>
      </section>
    );
  }
  return (
    <section className={`${cardClass} border-leaf-300 bg-leaf-50`} aria-labelledby="claim-heading" data-testid="claim-box">
      <h2 id="claim-heading" className="text-lg font-semibold text-leaf-900">
        {t("order.claim.heading")}
      </h2>
      <p className="mt-1 text-earth-800">{t("order.claim.lead")}</p>
      <Form method="post" className="mt-3 grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="email" value={email} />
        <TextField label={t("order.claim.email")} name="email_shown" type="email" value={email} readOnly autoComplete="username" />
        <TextField
          label={t("order.claim.password")}
          name="password"
          type="password"
          required
          minLength={CLAIM_PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          hint={t("order.claim.passwordHint")}
          error={error?.kind === "password" ? error.message : null}
        />
        {error && error.kind !== "password" ? (
          <p role="alert" className="font-medium text-lotus-700 sm:col-span-2" data-testid="claim-error">
            {error.message}{" "}
            {error.kind === "emailTaken" ? (
              <Link to={accountLoginHref(here)} className="font-semibold underline">
                {t("order.claim.login")}
              </Link>
            ) : null}
          </p>
        ) : null}
        <div className="sm:col-span-2">
          <button type="submit" name="intent" value="register" className={primaryButton} disabled={busy} data-testid="claim-submit">
            {busy ? t("order.claim.sending") : t("order.claim.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
