import { useTranslation } from "../../lib/translation";
import { Link } from "react-router";
import type { ApiFairBooth } from "../../lib/fair";
import { boothPath } from "../../lib/fair-paths";

/** The fair's booths by number: the producer, its province, its product count and a link to the booth. */
export function BoothList({ slug, booths }: { slug: string; booths: ApiFairBooth[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="fair-booths-title" data-testid="fair-booths">
      <h2 id="fair-booths-title" className="text-xl font-semibold text-leaf-900">
        {t("fair.page.booths")}
      </h2>
      {booths.length ? (
        <ul role="list" className="mt-3 flex flex-col divide-y divide-earth-200 rounded-xl border border-earth-200 bg-white">
          {booths.map((booth) => (
            <li key={booth.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3" data-testid="fair-booth" data-number={booth.number}>
              <span className="rounded-md bg-leaf-700 px-2 py-0.5 text-sm font-bold text-white tabular-nums">
                {t("fair.page.boothNumber", { number: booth.number })}
              </span>
              <span className="min-w-0 flex-1">
                <span className="font-semibold text-leaf-900" data-testid="booth-producer">{booth.producer.name}</span>
                {booth.producer.province_name ? <span className="text-sm text-earth-700"> · {booth.producer.province_name}</span> : null}
                <span className="block text-sm text-earth-700">{t("fair.productCount", { count: booth.product_count })}</span>
              </span>
              <Link
                to={boothPath(slug, booth.number)}
                aria-label={t("fair.page.visitBoothLabel", { number: booth.number, producer: booth.producer.name })}
                className="font-semibold text-leaf-800 underline underline-offset-4"
              >
                {t("fair.page.visitBooth")}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-earth-800">{t("fair.page.noBooths")}</p>
      )}
    </section>
  );
}
