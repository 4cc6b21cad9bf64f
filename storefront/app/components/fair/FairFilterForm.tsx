import { useId } from "react";
import { useTranslation } from "../../lib/translation";
import { Form, Link } from "react-router";
import type { ApiFairFacets } from "../../lib/fair";
import { FAIR_GROUP_PARAM, FAIR_STARS_PARAM, hasFairFilters, type FairFilters } from "../../lib/fair-filters";
import { isOcopStars, OCOP_STAR_LEVELS } from "../../lib/ocop";

const selectClass =
  "w-full rounded-lg border border-earth-300 bg-white px-3 py-2 text-leaf-950 focus:border-leaf-700 focus:outline-none focus:ring-2 focus:ring-leaf-700";

/**
 * The fair's product filters as a plain GET form (`?group=&stars=`), with the
 * backend's facets and their counts: works without JavaScript, shareable URL.
 */
export function FairFilterForm({ action, filters, facets }: { action: string; filters: FairFilters; facets: ApiFairFacets }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groupId = useId();
  const starCounts = new Map(facets.stars.filter((s) => isOcopStars(s.value)).map((s) => [s.value, s.count]));
  // Levels the fair has, plus any the URL asks for (so a ticked box never disappears).
  const levels = OCOP_STAR_LEVELS.filter((level) => starCounts.has(level) || filters.stars.includes(level));
  const groups = facets.groups.some((g) => g.handle === filters.group) || !filters.group
    ? facets.groups
    : [...facets.groups, { handle: filters.group, name: filters.group, count: 0 }];
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-earth-200 bg-white p-4">
      <h2 id={headingId} className="sr-only">
        {t("fair.filters.heading")}
      </h2>
      <Form method="get" action={action} preventScrollReset data-testid="fair-filters" className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="sm:w-64">
          <label htmlFor={groupId} className="mb-1 block text-sm font-semibold text-leaf-900">
            {t("fair.filters.group")}
          </label>
          <select id={groupId} name={FAIR_GROUP_PARAM} defaultValue={filters.group ?? ""} className={selectClass}>
            <option value="">{t("fair.filters.allGroups")}</option>
            {groups.map((group) => (
              <option key={group.handle} value={group.handle}>
                {t("fair.filters.option", { label: group.name, count: group.count })}
              </option>
            ))}
          </select>
        </div>
        {levels.length ? (
          <fieldset>
            <legend className="mb-1 block text-sm font-semibold text-leaf-900">{t("fair.filters.stars")}</legend>
            <div className="flex flex-wrap gap-2">
              {levels.map((level) => (
                <label
                  key={level}
                  className="flex cursor-pointer items-center gap-2 rounded-full border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm font-semibold text-amber-950 has-checked:border-amber-600 has-checked:bg-amber-100"
                >
                  <input
                    type="checkbox"
                    name={FAIR_STARS_PARAM}
                    value={level}
                    defaultChecked={filters.stars.includes(level)}
                    className="h-4 w-4 accent-amber-700"
                  />
                  {t("fair.filters.option", { label: t("ocop.starsOption", { stars: level }), count: starCounts.get(level) ?? 0 })}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-full bg-leaf-700 px-6 py-2 font-semibold text-white hover:bg-leaf-800 focus-visible:outline-2">
            {t("filters.submit")}
          </button>
          {hasFairFilters(filters) ? (
            <Link to={action} preventScrollReset className="py-2 font-semibold text-leaf-800 underline underline-offset-4">
              {t("filters.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
