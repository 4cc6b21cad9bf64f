import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/login";
import { LoginForm } from "../../components/portal/LoginForm";
import { metaT } from "../../lib/locale";
import { PRODUCER_PORTAL_PATH, PRODUCER_SIGNUP_PATH } from "../../lib/portal";
import { loginAction, nextOf } from "../../lib/portal-login.server";

export function loader({ request }: Route.LoaderArgs) {
  return { next: nextOf(request, PRODUCER_PORTAL_PATH) };
}

export function action({ request }: Route.ActionArgs) {
  return loginAction(request, "producer", PRODUCER_PORTAL_PATH);
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.producer.loginMetaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProducerLogin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <LoginForm
      title={t("portal.producer.loginTitle")}
      lead={t("portal.producer.loginLead")}
      next={loaderData.next}
      error={actionData?.error}
      email={actionData?.email}
      footer={{ text: t("portal.producer.noAccount"), to: PRODUCER_SIGNUP_PATH, link: t("portal.producer.signUpLink") }}
    />
  );
}
