import { useTranslation } from "../../lib/translation";
import { data, Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { Notice, PortalHeader, type PortalNavItem } from "../../components/portal/PortalUi";
import {
  PRODUCER_LOGOUT_PATH,
  PRODUCER_MEMBERS_PATH,
  PRODUCER_ORDERS_PATH,
  PRODUCER_PORTAL_PATH,
  PRODUCER_PRODUCTS_PATH,
} from "../../lib/portal";
import { PRODUCER_FAIRS_PATH } from "../../lib/fair-portal";
import { commitPortalSession, getPortalSession, takeNotice } from "../../lib/portal-session.server";
import { getMe, producerClient } from "../../lib/producer-portal.server";

/** Every page of the producer portal but login and sign-up: who is signed in, the portal's pages, a notice. */
export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const { member, producer } = await getMe(client);
  const session = await getPortalSession(request);
  const notice = takeNotice(session);
  return data(
    {
      member: { name: member.name, role: member.role },
      producer: { name: producer.name, status: producer.status },
      notice,
    },
    notice ? { headers: { "Set-Cookie": await commitPortalSession(session) } } : undefined,
  );
}

export default function ProducerPortalLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { member, producer, notice } = loaderData;
  const selling = producer.status === "approved";
  const items: PortalNavItem[] = [
    { to: PRODUCER_PORTAL_PATH, label: t("portal.producer.nav.overview"), end: true },
    ...(selling
      ? [
          { to: PRODUCER_PRODUCTS_PATH, label: t("portal.producer.nav.products") },
          { to: PRODUCER_ORDERS_PATH, label: t("portal.producer.nav.orders") },
          { to: PRODUCER_FAIRS_PATH, label: t("fairPortal.nav") },
        ]
      : []),
    { to: PRODUCER_MEMBERS_PATH, label: t("portal.producer.nav.members") },
  ];
  return (
    <div data-testid="producer-portal">
      <PortalHeader
        title={t("portal.producer.title")}
        who={t("portal.producer.who", { member: member.name, producer: producer.name })}
        items={items}
        logoutPath={PRODUCER_LOGOUT_PATH}
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
