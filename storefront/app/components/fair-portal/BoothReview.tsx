import { useTranslation } from "../../lib/translation";
import { Form } from "react-router";
import { BoothProducts, DealText } from "./BoothProducts";
import { ReasonForm, StatusBadge, TextField, cardClass, primaryButton, secondaryButton } from "../portal/PortalUi";
import { boothStatusKey } from "../../lib/fair-portal";
import type { OfficerBooth } from "../../lib/fair-portal-types";
import { statusTone, type FormErrors } from "../../lib/portal";

export interface BoothFeedback {
  ok: boolean;
  intent?: string;
  id?: string;
  errors?: FormErrors;
}

/** One booth application for the officer: approve with a number / reject with a reason; featured products once approved. */
export function BoothReview({ booth, feedback }: { booth: OfficerBooth; feedback?: BoothFeedback | null }) {
  const { t } = useTranslation();
  const mine = feedback && !feedback.ok && feedback.id === booth.id ? feedback : null;
  const fieldError = (intent: string, field: string) =>
    mine?.intent === intent ? (mine.errors?.fields[field] ?? (mine.errors?.form.join(" ") || null)) : null;
  return (
    <li className={`${cardClass} flex flex-col gap-3`} data-testid="fair-booth" data-booth-id={booth.id} data-status={booth.status}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold text-leaf-900" data-testid="booth-producer">
            {booth.producer?.name ?? "—"}
          </p>
          {booth.number != null ? (
            <p className="text-sm text-earth-800" data-testid="booth-number">
              {t("fairPortal.booths.number", { number: booth.number })}
            </p>
          ) : null}
          {booth.note ? <p className="mt-1 text-sm">{t("fairPortal.booths.note", { note: booth.note })}</p> : null}
          {booth.status === "rejected" && booth.rejection_reason ? (
            <p className="text-sm text-lotus-700">{t("portal.reason", { reason: booth.rejection_reason })}</p>
          ) : null}
        </div>
        <StatusBadge tone={statusTone(booth.status)} testId="booth-status" value={booth.status}>
          {t(boothStatusKey(booth.status))}
        </StatusBadge>
      </div>
      {booth.status === "approved" ? (
        <Form method="post" className="flex flex-col gap-2" data-testid="featured-form">
          <input type="hidden" name="intent" value="featured" />
          <input type="hidden" name="id" value={booth.id} />
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 text-sm font-semibold text-leaf-900">{t("fairPortal.booths.featuredLegend")}</legend>
            {booth.products.map((product) => (
              <label key={product.id} className="flex min-h-11 flex-wrap items-center gap-x-2">
                <input type="checkbox" name="featured" value={product.product_id} defaultChecked={product.featured} className="h-5 w-5" />
                <span className="font-medium">{product.title}</span>
                <DealText product={product} />
              </label>
            ))}
          </fieldset>
          {fieldError("featured", "product_ids") ? <p className="text-sm text-lotus-700">{fieldError("featured", "product_ids")}</p> : null}
          <button type="submit" className={`${secondaryButton} self-start`}>
            {t("fairPortal.booths.featuredSave")}
          </button>
        </Form>
      ) : (
        <BoothProducts products={booth.products} />
      )}
      {booth.status !== "approved" ? (
        <div className="flex flex-wrap items-end gap-2">
          <Form method="post" className="flex flex-wrap items-end gap-2" data-testid="approve-form">
            <input type="hidden" name="intent" value="approve" />
            <input type="hidden" name="id" value={booth.id} />
            <TextField
              className="w-36"
              label={t("fairPortal.booths.numberLabel")}
              name="number"
              inputMode="numeric"
              hint={t("fairPortal.booths.numberHint")}
              error={fieldError("approve", "number")}
            />
            <button type="submit" className={primaryButton}>
              {t("fairPortal.booths.approve")}
            </button>
          </Form>
          {booth.status === "pending" ? (
            <ReasonForm
              intent="reject"
              id={booth.id}
              summary={t("fairPortal.booths.reject")}
              submit={t("fairPortal.booths.rejectSubmit")}
              label={t("fairPortal.booths.rejectReason")}
              error={fieldError("reject", "reason")}
              testId="reject-booth"
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
