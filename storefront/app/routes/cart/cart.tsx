import { useTranslation } from "../../lib/translation";
import { data, Link } from "react-router";
import type { Route } from "./+types/cart";
import { CartLine } from "../../components/cart/CartLine";
import { CartTotals } from "../../components/cart/CartTotals";
import { PromotionBox } from "../../components/cart/PromotionBox";
import { PageTitle, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { CHECKOUT_PATH } from "../../lib/cart";
import { cartAction } from "../../lib/cart-actions.server";
import { loadCart, shopContext, shopHeaders } from "../../lib/cart.server";
import { metaT } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { PRODUCTS_PATH, producerPath } from "../../lib/paths";

export async function loader({ request }: Route.LoaderArgs) {
  const ctx = await shopContext(request);
  const cart = await loadCart(ctx);
  return data({ cart }, { headers: { ...(await shopHeaders(ctx)), "Cache-Control": "no-store" } });
}

export async function action({ request }: Route.ActionArgs) {
  return cartAction(request);
}

export const meta: Route.MetaFunction = ({ matches }) => [{ title: metaT(matches)("cart.page.metaTitle") }, { name: "robots", content: "noindex" }];

export default function CartPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { cart } = loaderData;
  const error = actionData && "error" in actionData ? actionData.error : null;
  const lineError = (id: string) => (error && (error.intent === "update" || error.intent === "remove") && error.lineId === id ? error.message : null);

  if (!cart || cart.groups.length === 0) {
    return (
      <div className="mx-auto max-w-xl text-center" data-testid="cart-empty">
        <PageTitle>{t("cart.page.heading")}</PageTitle>
        <p className="mt-4 text-earth-800">{t("cart.page.empty")}</p>
        <Link to={PRODUCTS_PATH} className={`${primaryButton} mt-6`}>
          {t("cart.page.browse")}
        </Link>
      </div>
    );
  }

  const shippingKnown = cart.groups.every((group) => group.shipping !== null);
  return (
    <div data-testid="cart-page" data-cart-id={cart.id}>
      <PageTitle>{t("cart.page.heading")}</PageTitle>
      <p className="mt-2 text-earth-800">{t("cart.page.shippingNote")}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          {cart.groups.map((group) => (
            <section key={group.producer.id} className={cardClass} data-testid="cart-group" data-producer-id={group.producer.id} aria-labelledby={`group-${group.producer.id}`}>
              <h2 id={`group-${group.producer.id}`} className="text-lg font-semibold text-leaf-900">
                <Link to={producerPath(group.producer.slug)} className="underline-offset-4 hover:underline" data-testid="cart-group-producer">
                  {group.producer.name}
                </Link>
                {group.producer.province_name ? <span className="ml-2 text-sm font-normal text-earth-700">{group.producer.province_name}</span> : null}
              </h2>
              <ul className="divide-y divide-earth-200">
                {group.items.map((item) => (
                  <CartLine key={item.id} item={item} error={lineError(item.id)} />
                ))}
              </ul>
              <p className="flex justify-between border-t border-earth-200 pt-3 font-semibold">
                <span>{t("cart.page.groupTotal")}</span>
                <span data-testid="cart-group-total">{formatVnd(group.item_total)}</span>
              </p>
            </section>
          ))}
          <Link to={PRODUCTS_PATH} className="self-start font-medium text-leaf-800 underline underline-offset-4">
            {t("cart.page.continue")}
          </Link>
        </div>
        <aside className={`${cardClass} flex h-fit flex-col gap-4 lg:sticky lg:top-4`} aria-label={t("cart.totals.heading")}>
          <PromotionBox codes={cart.promotions} error={error && error.intent.startsWith("promo") ? error.message : null} />
          <CartTotals totals={cart} shippingKnown={shippingKnown} />
          <Link to={CHECKOUT_PATH} className={`${primaryButton} w-full`} data-testid="to-checkout">
            {t("cart.page.toCheckout")}
          </Link>
        </aside>
      </div>
    </div>
  );
}
