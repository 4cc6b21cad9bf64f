import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { Route } from "./+types/provinces";
import { metaT } from "../../lib/locale";
import { provincePath } from "../../lib/paths";
import { listProvinces } from "../../lib/places.server";

export async function loader(_: Route.LoaderArgs) {
  return { provinces: await listProvinces() };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [
    { title: t("provinces.metaTitle") },
    { name: "description", content: t("provinces.metaDescription") },
  ];
};

export default function Provinces({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { provinces } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold text-leaf-900">{t("provinces.heading")}</h1>
      <p className="mt-2 max-w-3xl text-earth-800">{t("provinces.lead")}</p>
      <ul role="list" data-testid="province-list" className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {provinces.map((province) => (
          <li key={province.code}>
            <article
              data-testid="province-card"
              data-slug={province.slug}
              className={`relative flex h-full flex-col gap-1 rounded-xl border p-4 focus-within:ring-2 focus-within:ring-leaf-700 hover:shadow-md ${
                province.product_count > 0 ? "border-earth-200 bg-white" : "border-earth-100 bg-earth-50"
              }`}
            >
              <h2 className="text-lg font-semibold text-leaf-900">
                <Link
                  to={provincePath(province.slug)}
                  className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
                >
                  {province.name}
                </Link>
                {province.kind === "city" ? (
                  <span className="ml-2 rounded-full bg-leaf-50 px-2 py-0.5 align-middle text-xs font-semibold text-leaf-800">
                    {t("provinces.city")}
                  </span>
                ) : null}
              </h2>
              {province.former_names.length ? (
                <p className="text-sm text-earth-800" data-testid="province-former-names">
                  {t("provinces.formerNames", { names: province.former_names.join(", ") })}
                </p>
              ) : null}
              <p className="mt-auto flex gap-4 pt-2 text-sm font-semibold text-earth-800">
                <span data-testid="province-product-count">{t("provinces.productCount", { n: province.product_count })}</span>
                <span>{t("provinces.producerCount", { n: province.producer_count })}</span>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
