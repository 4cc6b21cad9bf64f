import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { CART_PATH, CHECKOUT_PATH, type MiniCart as MiniCartData } from "../../lib/cart";
import { formatVnd } from "../../lib/money";

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <circle cx="9" cy="20" r="1.5" />
      <circle cx="18" cy="20" r="1.5" />
      <path d="M2 3h3l2.7 12.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.2L21 7H6" />
    </svg>
  );
}

/**
 * The header's cart link with the number of units. Server-rendered from the
 * root loader; hovering or focusing it shows what is inside (CSS only), and a
 * tap on a phone simply opens the cart page.
 */
export function MiniCart({ cart }: { cart: MiniCartData | null }) {
  const { t } = useTranslation();
  const count = cart?.count ?? 0;
  return (
    <div className="group relative">
      <Link
        to={CART_PATH}
        className="flex items-center gap-1.5 rounded-full px-3 py-2 font-medium text-leaf-800 hover:bg-leaf-50"
        aria-label={t("cart.linkLabel", { count })}
        data-testid="mini-cart"
      >
        <CartIcon />
        <span>{t("cart.link")}</span>
        <span
          data-testid="mini-cart-count"
          className={`min-w-6 rounded-full px-1.5 text-center text-sm font-bold ${count ? "bg-leaf-700 text-white" : "bg-earth-100 text-earth-800"}`}
        >
          {count}
        </span>
      </Link>
      {cart ? (
        <div
          className="invisible absolute right-0 z-40 w-72 rounded-xl border border-earth-200 bg-white p-4 opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
          data-testid="mini-cart-panel"
        >
          <p className="mb-2 text-sm font-semibold text-earth-800">{t("cart.miniHeading")}</p>
          <ul className="flex flex-col gap-1 text-sm">
            {cart.lines.map((line, i) => (
              <li key={i} className="flex justify-between gap-2">
                <span className="min-w-0 truncate">
                  {line.quantity} × {line.title} <span className="text-earth-700">({line.variant_title})</span>
                </span>
                <span className="shrink-0">{formatVnd(line.total)}</span>
              </li>
            ))}
          </ul>
          {cart.more ? <p className="mt-1 text-sm text-earth-700">{t("cart.miniMore", { n: cart.more })}</p> : null}
          <p className="mt-3 flex justify-between border-t border-earth-200 pt-2 font-semibold">
            <span>{t("cart.miniSubtotal")}</span>
            <span>{formatVnd(cart.item_total)}</span>
          </p>
          <div className="mt-3 flex gap-2">
            <Link to={CART_PATH} className="flex-1 rounded-lg border border-leaf-700 px-3 py-2 text-center font-semibold text-leaf-800 hover:bg-leaf-50">
              {t("cart.view")}
            </Link>
            <Link to={CHECKOUT_PATH} className="flex-1 rounded-lg bg-leaf-700 px-3 py-2 text-center font-semibold text-white hover:bg-leaf-800">
              {t("cart.checkout")}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
