import { useTranslation } from "../../lib/translation";
import { Form, useNavigation } from "react-router";
import { FieldError, FormErrorSummary, TextAreaField, TextField, primaryButton } from "../portal/PortalUi";
import { discountField, priceField } from "../../lib/booth-form";
import type { Booth } from "../../lib/fair-portal-types";
import { formatVnd } from "../../lib/money";
import type { FormErrors } from "../../lib/portal";
import type { ProductRow } from "../../lib/portal-types";

/** A product the producer may put in a booth: its lowest price, and whether a certificate is in force. */
export interface BoothCandidate {
  id: string;
  title: string;
  price: number | null;
  certified: boolean;
}

export function boothCandidates(products: ReadonlyArray<ProductRow>): BoothCandidate[] {
  return products
    .filter((product) => product.moderation.state === "approved")
    .map((product) => {
      const prices = product.variants.map((v) => v.price).filter((p) => p > 0);
      return { id: product.id, title: product.title, price: prices.length ? Math.min(...prices) : null, certified: !!product.certificate };
    });
}

/**
 * The application form for one fair: tick products, give each a fair price
 * in đồng or a % discount, add a note. Applying again replaces a pending
 * application, so the current one fills the form.
 */
export function BoothApplication({
  fairId,
  booth,
  candidates,
  errors,
}: {
  fairId: string;
  booth: Booth | null;
  candidates: ReadonlyArray<BoothCandidate>;
  errors?: FormErrors | null;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const current = new Map((booth?.products ?? []).map((p) => [p.product_id, p]));
  if (!candidates.length) return <p className="text-earth-800">{t("fairPortal.producer.noProducts")}</p>;
  return (
    <Form method="post" className="flex flex-col gap-4" data-testid="booth-application" data-fair-id={fairId}>
      <input type="hidden" name="intent" value="apply" />
      <input type="hidden" name="id" value={fairId} />
      <FormErrorSummary errors={errors} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-semibold text-leaf-900">{t("fairPortal.producer.products")}</legend>
        <p className="text-sm text-earth-700">{t("fairPortal.producer.productsHint")}</p>
        <FieldError id={`${fairId}-products-error`} error={errors?.fields.products} />
        {candidates.map((product) => {
          const chosen = current.get(product.id);
          return (
            <div key={product.id} className="grid gap-3 rounded-lg border border-earth-200 bg-rice-50 p-3 sm:grid-cols-[1fr_10rem_8rem]" data-testid="booth-candidate">
              <label className="flex min-h-11 items-start gap-2">
                <input
                  type="checkbox"
                  name="product_id"
                  value={product.id}
                  defaultChecked={!!chosen}
                  disabled={!product.certified}
                  className="mt-1 h-5 w-5"
                />
                <span>
                  <span className="font-medium text-leaf-950">{product.title}</span>
                  <span className="block text-sm text-earth-800">
                    {product.price != null ? t("fairPortal.deal.regular", { price: formatVnd(product.price) }) : "—"}
                    {product.certified ? "" : ` · ${t("fairPortal.producer.noCertificate")}`}
                  </span>
                </span>
              </label>
              <TextField
                label={t("fairPortal.producer.fairPrice")}
                name={priceField(product.id)}
                inputMode="numeric"
                placeholder="120000"
                disabled={!product.certified}
                defaultValue={chosen?.fair_price != null && chosen.discount_percent == null ? String(chosen.fair_price) : ""}
                error={errors?.fields[priceField(product.id)]}
              />
              <TextField
                label={t("fairPortal.producer.discount")}
                name={discountField(product.id)}
                inputMode="numeric"
                placeholder="10"
                disabled={!product.certified}
                defaultValue={chosen?.discount_percent != null ? String(chosen.discount_percent) : ""}
                error={errors?.fields[discountField(product.id)]}
              />
            </div>
          );
        })}
      </fieldset>
      <TextAreaField label={t("fairPortal.producer.note")} name="note" rows={2} defaultValue={booth?.note ?? ""} error={errors?.fields.note} />
      <button type="submit" className={`${primaryButton} sm:self-start`} disabled={busy}>
        {booth ? t("fairPortal.producer.resubmit") : t("fairPortal.producer.submit")}
      </button>
    </Form>
  );
}
