import { data, Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { AccountHeader } from "../../components/account/AccountHeader";
import { Notice } from "../../components/portal/PortalUi";
import { getCustomer } from "../../lib/account-customer.server";
import { customerName } from "../../lib/account-forms";
import { customerClient, takeAccountNotice } from "../../lib/account-session.server";
import { commitShopSession } from "../../lib/shop-session.server";

/** Every page of a logged-in shopper: not logged in (or the token expired) goes to the login page. */
export async function loader({ request }: Route.LoaderArgs) {
  const client = await customerClient(request);
  const customer = await getCustomer(client);
  const notice = takeAccountNotice(client.session);
  return data(
    {
      customer: {
        name: customerName(customer) || customer.email,
        full_name: customerName(customer),
        email: customer.email,
        phone: customer.phone ?? "",
      },
      notice,
    },
    notice ? { headers: { "Set-Cookie": await commitShopSession(client.session) } } : undefined,
  );
}

export type AccountLayoutData = Awaited<ReturnType<typeof loader>>["data"];

export default function AccountLayout({ loaderData }: Route.ComponentProps) {
  const { customer, notice } = loaderData;
  return (
    <div data-testid="account">
      <AccountHeader name={customer.name} />
      {notice ? (
        <div className="mb-6">
          <Notice kind={notice.kind} message={notice.message} />
        </div>
      ) : null}
      <Outlet />
    </div>
  );
}
