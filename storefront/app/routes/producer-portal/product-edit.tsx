import { useTranslation } from "../../lib/translation";
import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/product-edit";
import { ModerationBadge } from "../../components/portal/ModerationBadge";
import { CategorySelect, CertificateFields, NewVariantRows } from "../../components/portal/ProductFields";
import {
  FormErrorSummary,
  Notice,
  PageTitle,
  StatusBadge,
  TextAreaField,
  TextField,
  cardClass,
  primaryButton,
} from "../../components/portal/PortalUi";
import { Breadcrumbs } from "../../components/Breadcrumbs";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { formatDate } from "../../lib/dates";
import { metaT, useLocale } from "../../lib/locale";
import { formatVnd } from "../../lib/money";
import { productPath } from "../../lib/paths";
import {
  chosenFiles,
  hasErrors,
  moderationKey,
  parseCertificateClaim,
  parseProductUpdateForm,
  PRODUCER_PRODUCTS_PATH,
  statusTone,
  text,
  updatePathRenamer,
  type FormErrors,
} from "../../lib/portal";
import { backendFormErrors, localFormErrors } from "../../lib/portal-actions.server";
import { claimCertificate, getProduct, listCategoryOptions, producerClient, updateProduct, uploadImages } from "../../lib/producer-portal.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await producerClient(request);
  const [product, categories] = await Promise.all([getProduct(client, params.id), listCategoryOptions(await getLocale(request))]);
  return { product, categories };
}

type Result = { ok: true; intent: string; message: string } | { ok: false; intent: string; errors: FormErrors };

export async function action({ request, params }: Route.ActionArgs) {
  const client = await producerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const intent = text(form, "intent");
  const fail = (errors: FormErrors) => data<Result>({ ok: false, intent, errors }, { status: 400 });

  if (intent === "claim") {
    const local = { fields: {} };
    const claim = parseCertificateClaim(form, local);
    const errors = localFormErrors(local, t);
    if (!claim) errors.form.push(t("portal.certificate.empty"));
    if (hasErrors(errors) || !claim) return fail(errors);
    try {
      await claimCertificate(client, params.id, claim);
      return { ok: true, intent, message: t("portal.certificate.claimed") } satisfies Result;
    } catch (error) {
      return fail(backendFormErrors(error, { prefix: "certificate" }));
    }
  }

  const current = await getProduct(client, params.id);
  try {
    const images = await uploadImages(client, chosenFiles(form, "images"));
    const { payload, rows, existing, local } = parseProductUpdateForm(form, { images: current.images ?? [] }, images);
    const errors = localFormErrors(local, t);
    if (hasErrors(errors)) return fail(errors);
    try {
      await updateProduct(client, params.id, payload);
      return { ok: true, intent: "update", message: t("portal.products.saved") } satisfies Result;
    } catch (error) {
      return fail(backendFormErrors(error, { rename: updatePathRenamer(existing, rows) }));
    }
  } catch (error) {
    return fail(backendFormErrors(error));
  }
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = metaT(matches);
  return [
    { title: t("portal.products.editMetaTitle", { title: loaderData?.product.title ?? "" }) },
    { name: "robots", content: "noindex" },
  ];
};

export default function EditProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const { product, categories } = loaderData;
  const updateErrors = actionData && !actionData.ok && actionData.intent !== "claim" ? actionData.errors : null;
  const claimErrors = actionData && !actionData.ok && actionData.intent === "claim" ? actionData.errors : null;
  const approved = product.moderation.state === "approved";

  return (
    <article data-testid="producer-product-detail" data-product-id={product.id} data-handle={product.handle} data-moderation={product.moderation.state}>
      <Breadcrumbs trail={[{ label: t("portal.products.heading"), to: PRODUCER_PRODUCTS_PATH }]} current={product.title} />
      <div className="flex flex-wrap items-start gap-3">
        <PageTitle>{product.title}</PageTitle>
        <ModerationBadge state={product.moderation.state} note={product.moderation.note} />
      </div>
      <p className="mt-2 text-earth-800">{t(`portal.products.moderationLead.${product.moderation.state}`)}</p>
      {approved ? (
        <p className="mt-2">
          <Link to={productPath(product.handle)} className="font-semibold text-leaf-800 underline" data-testid="shop-link">
            {t("portal.products.viewInShop")}
          </Link>
        </p>
      ) : null}
      {actionData?.ok ? (
        <div className="mt-4">
          <Notice kind="success" message={actionData.message} />
        </div>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="mt-6 flex flex-col gap-6" data-testid="product-edit-form">
        <input type="hidden" name="intent" value="update" />
        <FormErrorSummary errors={updateErrors} />
        <fieldset className={`${cardClass} flex flex-col gap-4`}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.products.aboutHeading")}</legend>
          <TextField label={t("portal.products.title")} name="title" required defaultValue={product.title} error={updateErrors?.fields.title} />
          <TextAreaField label={t("portal.products.description")} name="description" defaultValue={product.description ?? ""} />
          <CategorySelect options={categories} value={product.category_id} error={updateErrors?.fields.category_id} />
          {product.images?.length ? (
            <ul className="flex flex-wrap gap-2">
              {product.images.map((url, index) => (
                <li key={url}>
                  <img src={url} alt={t("product.imageAlt", { title: product.title, n: index + 1 })} width={80} height={80} className="h-20 w-20 rounded-lg object-cover" />
                </li>
              ))}
            </ul>
          ) : null}
          <TextField label={t("portal.products.addImages")} name="images" type="file" multiple accept="image/jpeg,image/png,image/webp" hint={t("portal.products.imagesHint")} />
        </fieldset>

        <fieldset className={`${cardClass} flex flex-col gap-3`}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.products.variantsHeading")}</legend>
          {product.variants.map((variant, index) => (
            <div key={variant.id} className="grid grid-cols-2 gap-3 rounded-lg border border-earth-200 p-3 sm:grid-cols-4" data-testid="existing-variant">
              <input type="hidden" name="existing_id" value={variant.id} />
              <div className="col-span-2">
                <p className="font-semibold text-leaf-900">{variant.title}</p>
                <p className="text-sm text-earth-700">
                  {variant.sku ? `${t("portal.products.sku")}: ${variant.sku} · ` : ""}
                  {formatVnd(variant.price)}
                </p>
              </div>
              <TextField
                label={t("portal.products.price")}
                name="existing_price"
                inputMode="numeric"
                defaultValue={String(variant.price)}
                error={updateErrors?.fields[`existing.${index}.price`]}
              />
              <TextField
                label={t("portal.products.stock")}
                name="existing_stock"
                inputMode="numeric"
                defaultValue={String(variant.stock)}
                error={updateErrors?.fields[`existing.${index}.stock`]}
              />
            </div>
          ))}
          <NewVariantRows errors={updateErrors} initialRows={1} heading={t("portal.products.addVariant")} />
        </fieldset>
        <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
          {t("portal.products.save")}
        </button>
      </Form>

      <section className={`${cardClass} mt-8`} aria-labelledby="certificate-title">
        <h2 id="certificate-title" className="text-xl font-semibold text-leaf-900">
          {t("portal.certificate.heading")}
        </h2>
        {product.certificate ? (
          <p className="mt-2 text-leaf-950" data-testid="current-certificate">
            {t("portal.certificate.current", {
              stars: product.certificate.stars,
              decision: product.certificate.decision_number,
              date: formatDate(product.certificate.expires_at, locale),
            })}
          </p>
        ) : (
          <p className="mt-2 text-earth-800">{t("portal.certificate.noneYet")}</p>
        )}
        {product.claims.length ? (
          <ul className="mt-3 divide-y divide-earth-200" data-testid="claims">
            {product.claims.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {t("portal.certificate.claimRow", {
                    stars: claim.stars,
                    decision: claim.decision_number,
                    date: formatDate(claim.decision_date, locale),
                  })}
                  {claim.status === "rejected" && claim.review_note ? (
                    <span className="block text-sm text-lotus-700">{t("portal.reason", { reason: claim.review_note })}</span>
                  ) : null}
                </span>
                <StatusBadge tone={statusTone(claim.status)} value={claim.status} testId="claim-status">
                  {t(moderationKey(claim.status))}
                </StatusBadge>
              </li>
            ))}
          </ul>
        ) : null}
        <details className="mt-4" open={claimErrors ? true : undefined}>
          <summary className="cursor-pointer font-semibold text-leaf-800 underline">{t("portal.certificate.declare")}</summary>
          <Form method="post" className="mt-3 flex flex-col gap-4">
            <input type="hidden" name="intent" value="claim" />
            <FormErrorSummary errors={claimErrors} />
            <p className="text-sm text-earth-700">{t("portal.certificate.claimLead")}</p>
            <CertificateFields errors={claimErrors} />
            <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
              {t("portal.certificate.submit")}
            </button>
          </Form>
        </details>
      </section>
    </article>
  );
}
