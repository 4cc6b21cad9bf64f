import { useTranslation } from "../../lib/translation";
import type { Route } from "./+types/producer";
import { ProducerLocation } from "../../components/ProducerLocation";
import { ProductGrid } from "../../components/ProductGrid";
import { notFound } from "../../lib/backend-errors.server";
import { formatDateOrNull } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { PRODUCERS_PATH } from "../../lib/paths";
import { getProducer } from "../../lib/places.server";
import { PinIcon } from "../../components/PinIcon";
import { Breadcrumbs } from "../../components/Breadcrumbs";

export async function loader({ params }: Route.LoaderArgs) {
  const result = await getProducer(params.slug);
  if (!result) throw notFound();
  return result;
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  if (!loaderData) return [{ title: t("errors.notFound.metaTitle") }];
  const { producer } = loaderData;
  const story = producer.story?.replace(/\s+/g, " ").trim();
  return [
    { title: t("producer.metaTitle", { name: producer.name }) },
    { name: "description", content: story ? story.slice(0, 160) : t("producers.metaDescription") },
  ];
};

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

export default function ProducerPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { producer, products } = loaderData;
  const since = formatDateOrNull(producer.approved_at, locale);
  const hasContact = producer.contact_name || producer.phone || producer.email || producer.address;

  return (
    <article data-testid="producer-detail" data-producer-slug={producer.slug}>
      <Breadcrumbs trail={[{ label: t("nav.producers"), to: PRODUCERS_PATH }]} current={producer.name} />

      <header className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {producer.logo_url ? (
          <img
            src={producer.logo_url}
            alt={t("producer.logoAlt", { name: producer.name })}
            width={96}
            height={96}
            className="h-24 w-24 shrink-0 rounded-xl border border-earth-200 bg-white object-contain"
          />
        ) : null}
        <div>
          <p className="text-sm font-semibold tracking-wide text-earth-700 uppercase" data-testid="producer-type">
            {t(`producerType.${producer.type}`)}
          </p>
          <h1 className="text-3xl font-bold leading-tight text-leaf-900 sm:text-4xl">{producer.name}</h1>
          {producer.province || producer.commune ? (
            <p className="mt-2 text-earth-800">
              <PinIcon className="mr-1 text-earth-600" />
              <span className="sr-only">{t("producer.location")}: </span>
              <ProducerLocation province={producer.province} commune={producer.commune} />
            </p>
          ) : null}
          {since ? <p className="mt-1 text-sm text-earth-700">{t("producer.approvedSince", { date: since })}</p> : null}
        </div>
      </header>

      <div className="mt-8 grid gap-8 md:grid-cols-[2fr_1fr]">
        {producer.story ? (
          <section aria-labelledby="producer-story-title">
            <h2 id="producer-story-title" className="text-xl font-semibold text-leaf-900">
              {t("producer.story")}
            </h2>
            <p className="mt-2 whitespace-pre-line leading-relaxed text-leaf-950">{producer.story}</p>
          </section>
        ) : (
          <div />
        )}
        {hasContact ? (
          <section aria-labelledby="producer-contact-title" className="rounded-2xl border border-earth-200 bg-white p-4">
            <h2 id="producer-contact-title" className="text-xl font-semibold text-leaf-900">
              {t("producer.contact")}
            </h2>
            <dl className="mt-2 flex flex-col gap-2 text-sm">
              {producer.contact_name ? (
                <div>
                  <dt className="text-earth-700">{t("producer.contactName")}</dt>
                  <dd className="font-medium">{producer.contact_name}</dd>
                </div>
              ) : null}
              {producer.phone ? (
                <div>
                  <dt className="text-earth-700">{t("producer.phone")}</dt>
                  <dd>
                    <a href={telHref(producer.phone)} className="font-medium text-leaf-800 underline underline-offset-4">
                      {producer.phone}
                    </a>
                  </dd>
                </div>
              ) : null}
              {producer.email ? (
                <div>
                  <dt className="text-earth-700">{t("producer.email")}</dt>
                  <dd>
                    <a href={`mailto:${producer.email}`} className="font-medium break-all text-leaf-800 underline underline-offset-4">
                      {producer.email}
                    </a>
                  </dd>
                </div>
              ) : null}
              {producer.address ? (
                <div>
                  <dt className="text-earth-700">{t("producer.address")}</dt>
                  <dd className="font-medium">{producer.address}</dd>
                </div>
              ) : null}
            </dl>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="producer-products-title" className="mt-10">
        <h2 id="producer-products-title" className="text-2xl font-bold text-leaf-900">
          {t("producer.products", { name: producer.name })}
        </h2>
        <ProductGrid products={products} empty={t("producer.noProducts")} />
      </section>
    </article>
  );
}
