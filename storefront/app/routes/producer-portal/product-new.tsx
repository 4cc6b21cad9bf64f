import { useTranslation } from "../../lib/translation";
import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/product-new";
import { CategorySelect, CertificateFields, NewVariantRows } from "../../components/portal/ProductFields";
import { FormErrorSummary, PageTitle, TextAreaField, TextField, cardClass, primaryButton } from "../../components/portal/PortalUi";
import { getFixedT } from "../../i18n";
import { getLocale } from "../../i18n/i18n.server";
import { metaT } from "../../lib/locale";
import { chosenFiles, hasErrors, parseProductForm, PRODUCER_PORTAL_PATH, producerProductPath, text, variantPathRenamer } from "../../lib/portal";
import { backendFormErrors, localFormErrors } from "../../lib/portal-actions.server";
import { commitPortalSession, flashNotice, getPortalSession } from "../../lib/portal-session.server";
import { createProduct, getMe, listCategoryOptions, producerClient, uploadImages } from "../../lib/producer-portal.server";

export async function loader({ request }: Route.LoaderArgs) {
  const client = await producerClient(request);
  // Only an approved producer may list.
  const { producer } = await getMe(client);
  if (producer.status !== "approved") throw redirect(PRODUCER_PORTAL_PATH);
  return { categories: await listCategoryOptions(await getLocale(request)) };
}

export async function action({ request }: Route.ActionArgs) {
  const client = await producerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const values = { title: text(form, "title"), description: text(form, "description"), category_id: text(form, "category_id") };
  const first = parseProductForm(form);
  const local = localFormErrors(first.local, t);
  if (!first.payload.variants.length) local.fields["variants.0.title"] = t("portal.errors.needVariant");
  if (hasErrors(local)) return data({ values, errors: local }, { status: 400 });

  try {
    const images = await uploadImages(client, chosenFiles(form, "images"));
    const { payload, rows } = parseProductForm(form, images);
    try {
      const product = await createProduct(client, payload);
      const session = await getPortalSession(request);
      flashNotice(session, {
        kind: "success",
        message: product.moderation?.state === "approved" ? t("portal.products.createdPublished") : t("portal.products.createdPending"),
      });
      return redirect(producerProductPath(product.id), { headers: { "Set-Cookie": await commitPortalSession(session) } });
    } catch (error) {
      return data({ values, errors: backendFormErrors(error, { rename: variantPathRenamer(rows) }) }, { status: 400 });
    }
  } catch (error) {
    // The pictures were refused (type, size).
    return data({ values, errors: backendFormErrors(error) }, { status: 400 });
  }
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [{ title: t("portal.products.newMetaTitle") }, { name: "robots", content: "noindex" }];
};

export default function NewProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors = actionData?.errors ?? null;
  const values = actionData?.values;
  return (
    <>
      <PageTitle>{t("portal.products.newHeading")}</PageTitle>
      <p className="mt-2 text-earth-800">{t("portal.products.newLead")}</p>
      <Form method="post" encType="multipart/form-data" className="mt-6 flex flex-col gap-6" data-testid="product-form">
        <FormErrorSummary errors={errors} />
        <fieldset className={`${cardClass} flex flex-col gap-4`}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.products.aboutHeading")}</legend>
          <TextField label={t("portal.products.title")} name="title" required minLength={3} defaultValue={values?.title} error={errors?.fields.title} />
          <TextAreaField label={t("portal.products.description")} name="description" defaultValue={values?.description} error={errors?.fields.description} />
          <CategorySelect options={loaderData.categories} value={values?.category_id} error={errors?.fields.category_id} />
          <TextField
            label={t("portal.products.images")}
            name="images"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            hint={t("portal.products.imagesHint")}
            error={errors?.fields.images}
          />
        </fieldset>
        <fieldset className={cardClass}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.products.variantsHeading")}</legend>
          <NewVariantRows errors={errors} />
        </fieldset>
        <fieldset className={cardClass}>
          <legend className="px-1 text-lg font-semibold text-leaf-900">{t("portal.certificate.heading")}</legend>
          <p className="mb-3 text-sm text-earth-700">{t("portal.certificate.optionalLead")}</p>
          <CertificateFields errors={errors} />
        </fieldset>
        <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
          {busy ? t("portal.form.sending") : t("portal.products.submitNew")}
        </button>
      </Form>
    </>
  );
}
