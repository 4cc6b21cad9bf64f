import { useState } from "react";
import { useTranslation } from "../../lib/translation";
import { useHydrated } from "../../lib/hydrated";
import { ISSUER_LEVELS, OCOP_STAR_LEVELS } from "../../lib/ocop";
import type { FormErrors } from "../../lib/portal";
import type { CategoryOption } from "../../lib/portal-types";
import { SelectField, TextField, secondaryButton } from "./PortalUi";

export function CategorySelect({ options, value, error }: { options: ReadonlyArray<CategoryOption>; value?: string | null; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <SelectField label={t("portal.products.category")} name="category_id" defaultValue={value ?? ""} error={error}>
      <option value="">{t("portal.products.noCategory")}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

/** Rows of new pack sizes: title, SKU, price in đồng, stock. More rows with JavaScript; three without. */
export function NewVariantRows({ errors, initialRows = 3, heading }: { errors?: FormErrors | null; initialRows?: number; heading?: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [rows, setRows] = useState(initialRows);
  const error = (row: number, field: string) => errors?.fields[`variants.${row}.${field}`] ?? null;
  return (
    <div className="flex flex-col gap-3" data-testid="variant-rows">
      {heading ? <p className="font-semibold text-leaf-900">{heading}</p> : null}
      <p className="text-sm text-earth-700">{t("portal.products.variantsHint")}</p>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="grid grid-cols-2 gap-3 rounded-lg border border-earth-200 bg-rice-50 p-3 sm:grid-cols-4" data-testid="variant-row">
          <TextField
            className="col-span-2 sm:col-span-1"
            label={t("portal.products.variantTitle")}
            name="variant_title"
            placeholder={t("portal.products.variantTitlePlaceholder")}
            error={error(row, "title")}
          />
          <TextField className="col-span-2 sm:col-span-1" label={t("portal.products.sku")} name="variant_sku" error={error(row, "sku")} />
          <TextField
            label={t("portal.products.price")}
            name="variant_price"
            inputMode="numeric"
            placeholder="150000"
            error={error(row, "price")}
          />
          <TextField label={t("portal.products.stock")} name="variant_stock" inputMode="numeric" placeholder="20" error={error(row, "stock")} />
        </div>
      ))}
      {hydrated ? (
        <button type="button" className={`${secondaryButton} self-start`} onClick={() => setRows((n) => n + 1)}>
          {t("portal.products.addRow")}
        </button>
      ) : null}
    </div>
  );
}

/** The fields of a declared OCOP certificate ("certificate.*"). */
export function CertificateFields({ errors }: { errors?: FormErrors | null }) {
  const { t } = useTranslation();
  const error = (name: string) => errors?.fields[`certificate.${name}`] ?? null;
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="certificate-fields">
      <SelectField label={t("portal.certificate.stars")} name="certificate.stars" defaultValue="" error={error("stars")}>
        <option value="">{t("portal.certificate.chooseStars")}</option>
        {OCOP_STAR_LEVELS.map((stars) => (
          <option key={stars} value={stars}>
            {t("ocop.starsOption", { stars })}
          </option>
        ))}
      </SelectField>
      <TextField label={t("certificate.decisionNumber")} name="certificate.decision_number" error={error("decision_number")} />
      <TextField label={t("certificate.decisionDate")} name="certificate.decision_date" type="date" error={error("decision_date")} />
      <TextField label={t("certificate.issuingBody")} name="certificate.issuing_body" error={error("issuing_body")} />
      <SelectField label={t("certificate.issuerLevel")} name="certificate.issuer_level" defaultValue="province" error={error("issuer_level")}>
        {ISSUER_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`issuerLevel.${level}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("certificate.producerAddress")}
        name="certificate.producer_address"
        hint={t("certificate.producerAddressNote")}
        error={error("producer_address")}
      />
      <TextField label={t("certificate.validFrom")} name="certificate.valid_from" type="date" error={error("valid_from")} />
      <TextField label={t("certificate.validUntil")} name="certificate.expires_at" type="date" error={error("expires_at")} />
      <TextField label={t("certificate.evaluationRound")} name="certificate.evaluation_round" error={error("evaluation_round")} />
      <TextField label={t("certificate.score")} name="certificate.score" inputMode="decimal" error={error("score")} />
    </div>
  );
}
