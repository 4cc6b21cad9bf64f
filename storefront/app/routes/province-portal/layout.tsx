import { useTranslation } from "../../lib/translation";
import { data, Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { Notice, PortalHeader } from "../../components/portal/PortalUi";
import { PROVINCE_FAIRS_PATH } from "../../lib/fair-portal";
import {
  PROVINCE_CERTIFICATES_PATH,
  PROVINCE_LOGOUT_PATH,
  PROVINCE_PORTAL_PATH,
  PROVINCE_PRODUCERS_PATH,
  PROVINCE_PRODUCTS_PATH,
} from "../../lib/portal";
import { commitPortalSession, getPortalSession, takeNotice } from "../../lib/portal-session.server";
import { getProvinceMe, officerClient } from "../../lib/province-portal.server";

/** Every page of the province portal but login: the officer, its province, the portal's pages and a notice. */
export async function loader({ request }: Route.LoaderArgs) {
  const client = await officerClient(request);
  const { officer, province } = await getProvinceMe(client);
  const session = await getPortalSession(request);
  const notice = takeNotice(session);
  return data(
    { officer: { name: officer.name ?? officer.email }, province, notice },
    notice ? { headers: { "Set-Cookie": await commitPortalSession(session) } } : undefined,
  );
}

export default function ProvincePortalLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { officer, province, notice } = loaderData;
  return (
    <div data-testid="province-portal">
      <PortalHeader
        title={t("portal.province.title", { province: province.name })}
        who={officer.name}
        logoutPath={PROVINCE_LOGOUT_PATH}
        items={[
          { to: PROVINCE_PORTAL_PATH, label: t("portal.province.nav.overview"), end: true },
          { to: PROVINCE_PRODUCERS_PATH, label: t("portal.province.nav.producers") },
          { to: PROVINCE_PRODUCTS_PATH, label: t("portal.province.nav.products") },
          { to: PROVINCE_CERTIFICATES_PATH, label: t("portal.province.nav.certificates") },
          { to: PROVINCE_FAIRS_PATH, label: t("fairPortal.nav") },
        ]}
      />
      {notice ? (
        <div className="mb-6">
          <Notice kind={notice.kind} message={notice.message} />
        </div>
      ) : null}
      <Outlet />
    </div>
  );
}
