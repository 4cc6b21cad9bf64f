import { useTranslation } from "../../lib/translation";
import { isOcopStars, starGlyphs } from "../../lib/ocop";

/**
 * "★★★★☆ 4 sao OCOP", read by screen readers as "Sản phẩm OCOP 4 sao".
 * Renders nothing unless `stars` is a 3–5 star level: pass null for a product
 * whose certificate expired or was revoked (see `shownStars`).
 */
export function StarBadge({
  stars,
  size = "md",
  className = "",
}: {
  stars: number | null | undefined;
  size?: "sm" | "md";
  className?: string;
}) {
  const { t } = useTranslation();
  if (!isOcopStars(stars)) return null;
  const sizing = size === "sm" ? "gap-1 px-2 py-0.5 text-xs" : "gap-2 px-3 py-1 text-sm";
  return (
    <span
      data-testid="star-badge"
      data-stars={stars}
      role="img"
      aria-label={t("ocop.starBadgeLabel", { stars })}
      className={`inline-flex w-fit items-center whitespace-nowrap rounded-full border border-amber-300 bg-amber-50 font-semibold text-amber-900 ${sizing} ${className}`}
    >
      <span aria-hidden="true" className="tracking-tight text-amber-600">
        {starGlyphs(stars)}
      </span>
      <span aria-hidden="true">{t("ocop.starBadgeText", { stars })}</span>
    </span>
  );
}
