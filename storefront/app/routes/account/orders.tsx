import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/orders";
import { OrderList } from "../../components/account/OrderList";
import { Pagination } from "../../components/Pagination";
import { PageTitle } from "../../components/portal/PortalUi";
import { ACCOUNT_ORDERS_PATH, pageParam } from "../../lib/account";
import { listOrders, ORDERS_PER_PAGE } from "../../lib/account-orders.server";
import { customerClient } from "../../lib/account-session.server";
import { metaT } from "../../lib/locale";
import { PRODUCTS_PATH } from "../../lib/paths";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await customerClient(request);
  const page = pageParam(request.url);
  const { orders, count } = await listOrders(client, page);
  return { orders, count, page, pages: Math.max(1, Math.ceil(count / ORDERS_PER_PAGE)) };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("account.orders.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function AccountOrders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { orders, count, page, pages } = loaderData;
  return (
    <div>
      <PageTitle>{t("account.orders.heading")}</PageTitle>
      {orders.length ? (
        <>
          <p className="mt-1 text-earth-800">{t("account.orders.count", { count })}</p>
          <OrderList orders={orders} />
          <Pagination page={page} pages={pages} hrefFor={(n) => (n > 1 ? `${ACCOUNT_ORDERS_PATH}?trang=${n}` : ACCOUNT_ORDERS_PATH)} />
        </>
      ) : (
        <p className="mt-4 text-earth-800" data-testid="no-orders">
          {t("account.orders.empty")}{" "}
          <Link to={PRODUCTS_PATH} className="font-semibold text-leaf-800 underline">
            {t("account.orders.shop")}
          </Link>
        </p>
      )}
    </div>
  );
}
