import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "../lib/translation";
import { Form, Link } from "react-router";
import {
  GROUP_PARAM,
  PRODUCER_TYPE_PARAM,
  PROVINCE_PARAM,
  STARS_PARAM,
} from "../lib/filters";
import { useLocale } from "../lib/locale";
import {
  childGroups,
  localizedName,
  OCOP_STAR_LEVELS,
  PRODUCER_TYPES,
  resolveProvinceSlug,
  topGroups,
  type GroupNode,
  type ProducerType,
  type ProvinceRef,
} from "../lib/ocop";

const selectClass =
  "w-full rounded-lg border border-earth-300 bg-white px-3 py-2 text-leaf-950 focus:border-leaf-700 focus:outline-none focus:ring-2 focus:ring-leaf-700";
const labelClass = "mb-1 block text-sm font-semibold text-leaf-900";

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export function ProvinceSelect({ provinces, value }: { provinces: ReadonlyArray<ProvinceRef>; value: string | null }) {
  const { t } = useTranslation();
  // An old name or slug ("bac-lieu") selects the province it now belongs to.
  const selected = value ? resolveProvinceSlug(provinces, value)?.province.slug ?? "" : "";
  return (
    <Field label={t("filters.province")}>
      {(id) => (
        <select id={id} name={PROVINCE_PARAM} defaultValue={selected} className={selectClass}>
          <option value="">{t("filters.allProvinces")}</option>
          {[...provinces]
            .sort((a, b) => a.name.localeCompare(b.name, "vi"))
            .map((province) => (
              <option key={province.code} value={province.slug}>
                {province.name}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}

export function ProducerTypeSelect({ value }: { value: ReadonlyArray<ProducerType> }) {
  const { t } = useTranslation();
  return (
    <Field label={t("filters.producerType")}>
      {(id) => (
        <select id={id} name={PRODUCER_TYPE_PARAM} defaultValue={value.length === 1 ? value[0] : ""} className={selectClass}>
          <option value="">{t("filters.allTypes")}</option>
          {PRODUCER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`producerType.${type}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function GroupSelect({ groups, value }: { groups: ReadonlyArray<GroupNode>; value: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Field label={t("filters.group")}>
      {(id) => (
        <select id={id} name={GROUP_PARAM} defaultValue={value ?? ""} className={selectClass}>
          <option value="">{t("filters.allGroups")}</option>
          {topGroups(groups).map((group) => {
            const name = localizedName(group, locale);
            return (
              <optgroup key={group.handle} label={name}>
                <option value={group.handle}>{t("filters.wholeGroup", { name })}</option>
                {childGroups(groups, group.handle).map((child) => (
                  <option key={child.handle} value={child.handle}>
                    {localizedName(child, locale)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      )}
    </Field>
  );
}

function SubmitRow({ clearHref, canClear }: { clearHref: string; canClear: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="flex items-end gap-3">
      <button
        type="submit"
        className="rounded-full bg-leaf-700 px-6 py-2 font-semibold text-white hover:bg-leaf-800 focus-visible:outline-2"
      >
        {t("filters.submit")}
      </button>
      {canClear ? (
        <Link to={clearHref} className="py-2 font-semibold text-leaf-800 underline underline-offset-4">
          {t("filters.clear")}
        </Link>
      ) : null}
    </div>
  );
}

/**
 * The catalogue filters as a plain GET form: it works without JavaScript and
 * the result is a shareable URL. Submitting starts again from page 1.
 */
export function ProductFilterForm({
  action,
  stars,
  province,
  group,
  producerTypes,
  provinces,
  groups,
  canClear,
}: {
  action: string;
  stars: ReadonlyArray<number>;
  province: string | null;
  group: string | null;
  producerTypes: ReadonlyArray<ProducerType>;
  provinces: ReadonlyArray<ProvinceRef>;
  groups: ReadonlyArray<GroupNode>;
  canClear: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-earth-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="sr-only">
        {t("filters.heading")}
      </h2>
      <Form method="get" action={action} data-testid="product-filters" className="flex flex-col gap-4">
        <fieldset>
          <legend className={labelClass}>{t("filters.stars")}</legend>
          <div className="flex flex-wrap gap-2">
            {OCOP_STAR_LEVELS.map((level) => (
              <label
                key={level}
                className="flex cursor-pointer items-center gap-2 rounded-full border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm font-semibold text-amber-950 has-checked:border-amber-600 has-checked:bg-amber-100"
              >
                <input
                  type="checkbox"
                  name={STARS_PARAM}
                  value={level}
                  defaultChecked={stars.includes(level)}
                  className="h-4 w-4 accent-amber-700"
                />
                <span aria-hidden="true" className="text-amber-600">
                  ★
                </span>
                {t("ocop.starsOption", { stars: level })}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-3">
          <ProvinceSelect provinces={provinces} value={province} />
          <GroupSelect groups={groups} value={group} />
          <ProducerTypeSelect value={producerTypes} />
        </div>
        <SubmitRow clearHref={action} canClear={canClear} />
      </Form>
    </section>
  );
}

/** Province and producer type filters for the producers list. */
export function ProducerFilterForm({
  action,
  province,
  producerTypes,
  provinces,
  canClear,
}: {
  action: string;
  province: string | null;
  producerTypes: ReadonlyArray<ProducerType>;
  provinces: ReadonlyArray<ProvinceRef>;
  canClear: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-earth-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="sr-only">
        {t("producers.filtersHeading")}
      </h2>
      <Form method="get" action={action} data-testid="producer-filters" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto]">
        <ProvinceSelect provinces={provinces} value={province} />
        <ProducerTypeSelect value={producerTypes} />
        <SubmitRow clearHref={action} canClear={canClear} />
      </Form>
    </section>
  );
}
