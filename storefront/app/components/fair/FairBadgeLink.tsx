import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { fairPath } from "../../lib/fair-paths";

/**
 * "Hội chợ: <name>" on a product card sold at a live fair's price. It sits
 * above the card's whole-card link (z-10), so it is its own click target.
 */
export function FairBadgeLink({ fair }: { fair: { slug: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <Link
      to={fairPath(fair.slug)}
      data-testid="fair-badge"
      className="relative z-10 w-fit rounded-full bg-lotus-700 px-2.5 py-0.5 text-xs font-semibold text-white underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      {t("fair.badgeLink", { name: fair.name })}
    </Link>
  );
}
