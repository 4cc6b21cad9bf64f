import { useTranslation } from "../../lib/translation";
import { Form, Link } from "react-router";
import { exceedsStock, maxQuantity } from "../../lib/cart";
import { formatVnd } from "../../lib/money";
import { productPath } from "../../lib/paths";
import type { CartItem } from "../../lib/shop-types";
import { ProductImage } from "../ProductImage";
import { inputClass, secondaryButton } from "../portal/PortalUi";

/** One line of the cart: the product, its pack size, a quantity form and a remove button (both work without JavaScript). */
export function CartLine({ item, error }: { item: CartItem; error?: string | null }) {
  const { t } = useTranslation();
  const errorId = `line-${item.id}-error`;
  return (
    <li className="flex gap-3 py-4" data-testid="cart-line" data-line-id={item.id} data-variant-id={item.variant_id}>
      <Link to={productPath(item.handle)} className="block w-20 shrink-0 overflow-hidden rounded-lg border border-earth-200 sm:w-24">
        <ProductImage src={item.thumbnail} title={item.title} alt="" sizes="96px" />
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <div className="min-w-0">
            <Link to={productPath(item.handle)} className="font-semibold text-leaf-900 underline-offset-4 hover:underline" data-testid="line-title">
              {item.title}
            </Link>
            <p className="text-sm text-earth-800">
              {item.variant_title} · {t("cart.page.unitPrice")} {formatVnd(item.unit_price)}
            </p>
          </div>
          <p className="font-semibold" data-testid="line-total">
            {formatVnd(item.total)}
          </p>
        </div>
        {exceedsStock(item) ? <p className="text-sm font-medium text-lotus-700">{t("cart.page.onlyLeft", { n: item.available })}</p> : null}
        <div className="flex flex-wrap items-center gap-2">
          <Form method="post" preventScrollReset className="flex items-center gap-2">
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="line_id" value={item.id} />
            <label className="sr-only" htmlFor={`qty-${item.id}`}>
              {t("cart.page.quantityOf", { title: item.title })}
            </label>
            <input
              id={`qty-${item.id}`}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={0}
              max={Math.max(maxQuantity(item.available), item.quantity)}
              defaultValue={item.quantity}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className={`${inputClass.replace("w-full", "")} w-20`}
            />
            <button type="submit" className={`${secondaryButton} whitespace-nowrap`}>
              {t("cart.page.update")}
            </button>
          </Form>
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="line_id" value={item.id} />
            <button
              type="submit"
              className="min-h-11 rounded-lg px-3 font-medium text-lotus-700 underline underline-offset-4 hover:bg-rice-100"
              aria-label={t("cart.page.removeLabel", { title: item.title })}
            >
              {t("cart.page.remove")}
            </button>
          </Form>
        </div>
        {error ? (
          <p id={errorId} role="alert" className="text-sm font-medium text-lotus-700" data-testid="line-error">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
