import { useTranslation } from "../lib/translation";
import { Link } from "react-router";

/** "← Trang trước · Trang 2 / 5 · Trang sau →" with plain links (`hrefFor(page)`). */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const linkClass = "rounded-full px-3 py-2 font-semibold text-leaf-800 underline underline-offset-4 hover:bg-leaf-50";
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex items-center justify-between gap-4" data-testid="pagination">
      {page > 1 ? (
        <Link to={hrefFor(Math.min(page - 1, pages))} rel="prev" className={linkClass}>
          ← {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-earth-800" aria-current="page">
        {t("pagination.pageOf", { page, pages })}
      </span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("pagination.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
