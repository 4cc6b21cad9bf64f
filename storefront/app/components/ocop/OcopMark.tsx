import { useTranslation } from "../../lib/translation";

/**
 * The OCOP mark: only for a product whose certificate is in force
 * (`is_ocop`, and therefore a star level). Renders nothing otherwise.
 */
export function OcopMark({ isOcop, className = "" }: { isOcop: boolean; className?: string }) {
  const { t } = useTranslation();
  if (!isOcop) return null;
  return (
    <span
      data-testid="ocop-mark"
      role="img"
      aria-label={t("ocop.markLabel")}
      title={t("ocop.markLabel")}
      className={`inline-flex w-fit items-center rounded-md border-2 border-lotus-700 px-1.5 py-0.5 text-xs font-extrabold tracking-widest text-lotus-700 ${className}`}
    >
      <span aria-hidden="true">{t("ocop.markText")}</span>
    </span>
  );
}
