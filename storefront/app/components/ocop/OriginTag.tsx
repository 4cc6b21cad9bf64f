import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import { communeNameHasKind, formerProvinceMentioned, type Origin } from "../../lib/ocop";
import { provincePath } from "../../lib/paths";
import { PinIcon } from "../PinIcon";

/**
 * Where a product comes from on today's map: commune, province (a link to
 * the province's products), "trước đây: Bạc Liêu" when the old province is
 * evident from `hints` (the address on the certificate, the subtitle…), and
 * the geographical indication or region, which is not an administrative unit.
 */
export function OriginTag({
  origin,
  hints = [],
  className = "",
}: {
  origin: Origin;
  hints?: ReadonlyArray<string | null | undefined>;
  className?: string;
}) {
  const { t } = useTranslation();
  const { province, commune, region } = origin;
  if (!province && !commune && !region) return null;
  const formerName = formerProvinceMentioned(province, [...hints, region?.name]);

  return (
    <div data-testid="origin-tag" className={`flex flex-wrap items-center gap-x-3 gap-y-2 text-earth-800 ${className}`}>
      {province || commune ? (
        <p className="flex flex-wrap items-baseline gap-x-1">
          <PinIcon className="text-earth-600" />
          <span className="sr-only">{t("origin.label")}: </span>
          {commune ? (
            <span>
              {communeNameHasKind(commune)
                ? commune.name
                : t("origin.commune", { kind: t(`origin.communeKind.${commune.kind}`), name: commune.name })}
              {province ? "," : ""}
            </span>
          ) : null}
          {province ? (
            <Link
              to={provincePath(province.slug)}
              data-testid="origin-province"
              className="font-semibold text-leaf-800 underline underline-offset-4"
            >
              {province.name}
            </Link>
          ) : null}
          {formerName ? (
            <span data-testid="origin-former" className="text-earth-700">
              ({t("origin.formerly", { name: formerName })})
            </span>
          ) : null}
        </p>
      ) : null}
      {region ? (
        <p
          data-testid="origin-region"
          className="rounded-full border border-leaf-200 bg-leaf-50 px-3 py-0.5 text-sm font-medium text-leaf-900"
        >
          {region.kind === "geographical_indication"
            ? t("origin.geographicalIndication", { name: region.name })
            : t("origin.region", { name: region.name })}
        </p>
      ) : null}
    </div>
  );
}
