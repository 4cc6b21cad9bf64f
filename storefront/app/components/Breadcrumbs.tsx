import { Fragment } from "react";
import { useTranslation } from "../lib/translation";
import { Link } from "react-router";
import { HOME_PATH } from "../lib/paths";

export type Crumb = { label: string; to: string };

/** "Trang chủ / … / current page": the trail every catalogue page starts with. */
export function Breadcrumbs({ trail, current, className = "mb-6" }: { trail: Crumb[]; current: string; className?: string }) {
  const { t } = useTranslation();
  const links = [{ label: t("nav.home"), to: HOME_PATH }, ...trail];
  return (
    <nav aria-label={t("product.breadcrumbLabel")} className={`${className} text-sm`}>
      <ol className="flex flex-wrap items-center gap-2 text-earth-800">
        {links.map((crumb) => (
          <Fragment key={crumb.to}>
            <li>
              <Link to={crumb.to} className="text-leaf-800 underline underline-offset-4">
                {crumb.label}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
          </Fragment>
        ))}
        <li aria-current="page" className="font-medium text-leaf-950">
          {current}
        </li>
      </ol>
    </nav>
  );
}
