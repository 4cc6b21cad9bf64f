import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/login";
import { LoginForm } from "../../components/portal/LoginForm";
import { metaT } from "../../lib/locale";
import { PROVINCE_PORTAL_PATH } from "../../lib/portal";
import { loginAction, nextOf } from "../../lib/portal-login.server";

export function loader({ request }: Route.LoaderArgs) {
  return { next: nextOf(request, PROVINCE_PORTAL_PATH) };
}

export function action({ request }: Route.ActionArgs) {
  return loginAction(request, "officer", PROVINCE_PORTAL_PATH);
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.province.loginMetaTitle") }, { name: "robots", content: "noindex" }];
};

export default function OfficerLogin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <LoginForm
      title={t("portal.province.loginTitle")}
      lead={t("portal.province.loginLead")}
      next={loaderData.next}
      error={actionData?.error}
      email={actionData?.email}
    />
  );
}
