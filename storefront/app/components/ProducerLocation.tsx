import { useTranslation } from "../lib/translation";
import { Link } from "react-router";
import { communeNameHasKind, type CommuneRef, type ProvinceRef } from "../lib/ocop";
import { provincePath } from "../lib/paths";

/** "xã Vĩnh Hậu, Cà Mau" with the province linking to its products. */
export function ProducerLocation({
  province,
  commune,
  linkProvince = true,
}: {
  province: ProvinceRef | null;
  commune: CommuneRef | null;
  linkProvince?: boolean;
}) {
  const { t } = useTranslation();
  if (!province && !commune) return null;
  return (
    <>
      {commune
        ? `${
            communeNameHasKind(commune)
              ? commune.name
              : t("origin.commune", { kind: t(`origin.communeKind.${commune.kind}`), name: commune.name })
          }${province ? ", " : ""}`
        : null}
      {province ? (
        linkProvince ? (
          <Link to={provincePath(province.slug)} className="font-semibold text-leaf-800 underline underline-offset-4">
            {province.name}
          </Link>
        ) : (
          province.name
        )
      ) : null}
    </>
  );
}
