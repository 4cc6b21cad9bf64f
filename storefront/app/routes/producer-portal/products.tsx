import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/products";
import { ModerationBadge } from "../../components/portal/ModerationBadge";
import { PageTitle, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { metaT } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { PRODUCER_NEW_PRODUCT_PATH, producerProductPath } from "../../lib/portal";
import { listProducts, producerClient } from "../../lib/producer-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  return { products: await listProducts(client) };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.products.metaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProducerProducts({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { products } = loaderData;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageTitle>{t("portal.products.heading")}</PageTitle>
        <Link to={PRODUCER_NEW_PRODUCT_PATH} className={primaryButton}>
          {t("portal.products.new")}
        </Link>
      </div>
      {products.length ? (
        <ul className="mt-6 flex flex-col gap-3" data-testid="producer-products">
          {products.map((product) => {
            const prices = product.variants.map((v) => v.price).filter((p) => p > 0);
            const stock = product.variants.reduce((sum, v) => sum + v.stock, 0);
            return (
              <li key={product.id} className={`${cardClass} flex gap-3`} data-testid="producer-product" data-product-id={product.id}>
                {product.thumbnail ? (
                  <img src={product.thumbnail} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-lg object-cover" />
                ) : null}
                <div className="min-w-0 flex-1">
                  <Link to={producerProductPath(product.id)} className="font-semibold break-words text-leaf-800 underline">
                    {product.title}
                  </Link>
                  <p className="mt-1 text-sm text-earth-800">
                    {t("portal.products.summary", {
                      variants: product.variants.length,
                      price: prices.length ? formatVnd(Math.min(...prices)) : "—",
                      stock,
                    })}
                  </p>
                  {product.certificate ? (
                    <p className="text-sm text-earth-800">{t("ocop.starBadgeText", { stars: product.certificate.stars })}</p>
                  ) : null}
                </div>
                <ModerationBadge state={product.moderation.state} note={product.moderation.note} />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-6 text-earth-800">{t("portal.products.empty")}</p>
      )}
    </>
  );
}
