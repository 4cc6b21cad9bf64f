import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/products";
import { DecisionNotice } from "../../components/portal/DecisionNotice";
import { ModerationBadge } from "../../components/portal/ModerationBadge";
import { ActionButton, PageTitle, ReasonForm, cardClass } from "../../components/portal/PortalUi";
import { metaT } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { productPath } from "../../lib/paths";
import { MODERATION_STATES, moderationKey, PROVINCE_PRODUCTS_PATH, provinceProducerPath, type ModerationState } from "../../lib/portal";
import { decisionAction } from "../../lib/province-actions.server";
import { listProvinceProducts, officerClient } from "../../lib/province-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await officerClient(request);
  const asked = new URL(request.url).searchParams.get("state");
  const state: ModerationState = (MODERATION_STATES as readonly string[]).includes(asked ?? "") ? (asked as ModerationState) : "pending";
  return { state, products: await listProvinceProducts(client, state) };
}

export function action({ request }: Route.ActionArgs) {
  return decisionAction(request, "product");
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.province.productsMetaTitle") }, { name: "robots", content: "noindex" }];
};

export default function ProvinceProducts({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { state, products } = loaderData;
  const failedFor = (id: string) => (actionData && !actionData.ok && actionData.id === id ? actionData : null);
  return (
    <>
      <PageTitle>{t("portal.province.productsHeading")}</PageTitle>
      <nav aria-label={t("portal.province.statusFilter")} className="mt-4 -mx-1 overflow-x-auto">
        <ul className="flex gap-1">
          {MODERATION_STATES.map((value) => (
            <li key={value}>
              <Link
                to={`${PROVINCE_PRODUCTS_PATH}?state=${value}`}
                aria-current={value === state ? "page" : undefined}
                className={`block rounded-full border px-3 py-1.5 whitespace-nowrap ${value === state ? "border-leaf-700 bg-leaf-50 font-semibold" : "border-earth-200 bg-white"}`}
              >
                {t(moderationKey(value))}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DecisionNotice result={actionData} />
      {products.length ? (
        <ul className="mt-4 flex flex-col gap-3" data-testid="province-products">
          {products.map((product) => {
            const failed = failedFor(product.id);
            return (
              <li key={product.id} className={`${cardClass} flex flex-col gap-3`} data-testid="province-product" data-product-id={product.id}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="flex gap-3">
                    {product.thumbnail ? (
                      <img src={product.thumbnail} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-lg object-cover" />
                    ) : null}
                    <div>
                      {product.moderation.state === "approved" ? (
                        <a href={productPath(product.handle)} className="font-semibold text-leaf-800 underline">
                          {product.title}
                        </a>
                      ) : (
                        <p className="font-semibold text-leaf-900">{product.title}</p>
                      )}
                      {product.producer ? (
                        <Link to={provinceProducerPath(product.producer.id)} className="text-sm text-leaf-800 underline">
                          {product.producer.name}
                        </Link>
                      ) : null}
                      <ul className="text-sm text-earth-800">
                        {product.variants.map((variant) => (
                          <li key={variant.id}>{t("portal.province.variantLine", { title: variant.title, price: formatVnd(variant.price), stock: variant.stock })}</li>
                        ))}
                      </ul>
                      {product.description ? <p className="mt-1 line-clamp-3 text-sm">{product.description}</p> : null}
                    </div>
                  </div>
                  <ModerationBadge state={product.moderation.state} note={product.moderation.note} />
                </div>
                {product.moderation.state === "pending" ? (
                  <div className="flex flex-wrap items-start gap-2">
                    <ActionButton intent="approve" id={product.id}>
                      {t("portal.province.approve")}
                    </ActionButton>
                    <ReasonForm
                      intent="reject"
                      id={product.id}
                      summary={t("portal.province.reject")}
                      submit={t("portal.province.rejectSubmit")}
                      label={t("portal.province.rejectReason")}
                      error={failed?.errors.fields.reason ?? (failed ? failed.errors.form.join(" ") : null)}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-6 text-earth-800">{t("portal.province.noProductsInState")}</p>
      )}
    </>
  );
}
