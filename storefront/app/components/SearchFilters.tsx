import { useEffect, useId, useRef, type ChangeEvent, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { useTranslation } from "../lib/translation";
import { Form, Link } from "react-router";
import { GROUP_PARAM, PRODUCER_TYPE_PARAM, PROVINCE_PARAM, STARS_PARAM } from "../lib/filters";
import { useHydrated } from "../lib/hydrated";
import { SEARCH_PATH } from "../lib/paths";
import {
  formatPriceRange,
  PRICE_PARAM,
  priceBucketLabel,
  QUERY_PARAM,
  SEARCH_SORTS,
  SORT_PARAM,
  type FilterChip,
  type SearchFacets,
  type SearchState,
} from "../lib/search";

/** Where the filters panel lives: the toggle's aria-controls, and `#bo-loc` opens it without JavaScript. */
export const FILTERS_PANEL_ID = "bo-loc";

const optionRow = "flex cursor-pointer items-center gap-2 rounded-lg px-2 py-1.5 text-leaf-950 hover:bg-leaf-50";
/** A chosen value stands out; "any …" (the default) does not. */
const chosenRow = "has-checked:bg-leaf-50 has-checked:font-semibold";
const controlClass = "h-4 w-4 shrink-0 accent-leaf-700";
const legendClass = "mb-1 text-sm font-semibold text-leaf-900";

/** "12" next to a facet value, read as "12 sản phẩm". */
function FacetCount({ count }: { count: number | null }) {
  const { t } = useTranslation();
  if (count === null) return null;
  return (
    <span className="ml-auto pl-2 text-sm font-normal text-earth-700 tabular-nums">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">({t("search.filters.count", { count })})</span>
    </span>
  );
}

function Facet({ testId, legend, children }: { testId: string; legend: string; children: ReactNode }) {
  return (
    <fieldset data-testid={testId} className="min-w-0">
      <legend className={legendClass}>{legend}</legend>
      <div className="flex flex-col">{children}</div>
    </fieldset>
  );
}

function Choice({
  type,
  name,
  value,
  checked,
  onChange,
  count,
  children,
}: {
  type: "checkbox" | "radio";
  name: string;
  value: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  count: number | null;
  children: ReactNode;
}) {
  return (
    <label className={value ? `${optionRow} ${chosenRow}` : optionRow}>
      <input type={type} name={name} value={value} checked={checked} onChange={onChange} className={controlClass} />
      <span className="min-w-0">{children}</span>
      <FacetCount count={count} />
    </label>
  );
}

export interface FacetNames {
  /** A selected province's name ("Bạc Liêu (nay thuộc Cà Mau)" for an old one), null when unknown. */
  province: (value: string) => string | null;
  /** The current slug a selected province value stands for ("bac-lieu" → "ca-mau"), to tick its facet value. */
  provinceSlug: (value: string) => string;
  group: (handle: string) => string;
}

/** How many provinces show before "Thêm … tỉnh thành". */
const PROVINCES_SHOWN = 8;

/**
 * The facets as one GET form (stars, price, province, group, producer type),
 * with counts. Without JavaScript it has an "Áp dụng" button; with it every
 * change calls `onApply` (which navigates to the new URL).
 */
export function SearchFacetForm({
  id,
  state,
  facets,
  names,
  onApply,
}: {
  id: string;
  state: SearchState;
  facets: SearchFacets;
  names: FacetNames;
  onApply: (form: HTMLFormElement | null) => void;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => onApply(event.currentTarget.form);

  // Selected values always show, even when the facets no longer count them.
  const stars = facets.stars.map((f) => ({ value: f.value, count: f.count as number | null }));
  for (const level of state.stars) if (!stars.some((f) => f.value === level)) stars.push({ value: level, count: null });
  stars.sort((a, b) => b.value - a.value);

  const types = facets.producerType.map((f) => ({ value: f.value, count: f.count as number | null }));
  for (const type of state.producerTypes) if (!types.some((f) => f.value === type)) types.push({ value: type, count: null });

  const selectedPrice = formatPriceRange(state.priceMin, state.priceMax);
  const prices = facets.price.map((f) => ({ value: formatPriceRange(f.from, f.to) ?? "", label: priceBucketLabel(f, t), count: f.count as number | null }));
  if (selectedPrice && !prices.some((p) => p.value === selectedPrice)) {
    prices.push({ value: selectedPrice, label: priceBucketLabel({ from: state.priceMin, to: state.priceMax }, t), count: null });
  }

  const provinces = facets.province.map((f) => ({ value: f.slug, label: f.name, count: f.count as number | null }));
  // The URL may name the province by code, name or old name: tick the facet value it stands for.
  let selectedProvince: string | null = null;
  if (state.province) {
    const slug = names.provinceSlug(state.province);
    selectedProvince = provinces.find((p) => p.value === slug)?.value ?? null;
    if (selectedProvince === null) {
      provinces.unshift({ value: state.province, label: names.province(state.province) ?? state.province, count: null });
      selectedProvince = state.province;
    }
  }
  const provinceSelected = (value: string) => value === selectedProvince;
  const shownProvinces = provinces.slice(0, PROVINCES_SHOWN);
  const moreProvinces = provinces.slice(PROVINCES_SHOWN);

  const groups = facets.group.map((f) => ({ value: f.handle, label: names.group(f.handle), count: f.count as number | null }));
  if (state.group && !groups.some((g) => g.value === state.group)) {
    groups.unshift({ value: state.group, label: names.group(state.group), count: null });
  }

  const provinceChoice = (p: { value: string; label: string; count: number | null }) => (
    <Choice key={p.value} type="radio" name={PROVINCE_PARAM} value={p.value} checked={provinceSelected(p.value)} onChange={onChange} count={p.count}>
      {p.label}
    </Choice>
  );

  return (
    <Form id={id} method="get" action={SEARCH_PATH} preventScrollReset className="flex flex-col gap-5" data-testid="search-filters">
      {state.q ? <input type="hidden" name={QUERY_PARAM} value={state.q} /> : null}
      {stars.length ? (
        <Facet testId="facet-stars" legend={t("filters.stars")}>
          {stars.map((f) => (
            <Choice key={f.value} type="checkbox" name={STARS_PARAM} value={String(f.value)} checked={state.stars.includes(f.value)} onChange={onChange} count={f.count}>
              <span aria-hidden="true" className="mr-1 text-amber-600">
                ★
              </span>
              {t("ocop.starsOption", { stars: f.value })}
            </Choice>
          ))}
        </Facet>
      ) : null}
      {prices.length ? (
        <Facet testId="facet-price" legend={t("search.filters.price")}>
          <Choice type="radio" name={PRICE_PARAM} value="" checked={!selectedPrice} onChange={onChange} count={null}>
            {t("search.filters.anyPrice")}
          </Choice>
          {prices.map((p) => (
            <Choice key={p.value} type="radio" name={PRICE_PARAM} value={p.value} checked={p.value === selectedPrice} onChange={onChange} count={p.count}>
              {p.label}
            </Choice>
          ))}
        </Facet>
      ) : null}
      {provinces.length ? (
        <Facet testId="facet-province" legend={t("filters.province")}>
          <Choice type="radio" name={PROVINCE_PARAM} value="" checked={!state.province} onChange={onChange} count={null}>
            {t("search.filters.anyProvince")}
          </Choice>
          {shownProvinces.map(provinceChoice)}
          {moreProvinces.length ? (
            <details className="group" open={moreProvinces.some((p) => provinceSelected(p.value)) || undefined}>
              <summary className="cursor-pointer rounded-lg px-2 py-1.5 text-sm font-semibold text-leaf-800 underline underline-offset-4 hover:bg-leaf-50">
                {t("search.filters.moreProvinces", { n: moreProvinces.length })}
              </summary>
              <div className="flex flex-col">{moreProvinces.map(provinceChoice)}</div>
            </details>
          ) : null}
        </Facet>
      ) : null}
      {groups.length ? (
        <Facet testId="facet-group" legend={t("filters.group")}>
          <Choice type="radio" name={GROUP_PARAM} value="" checked={!state.group} onChange={onChange} count={null}>
            {t("search.filters.anyGroup")}
          </Choice>
          {groups.map((g) => (
            <Choice key={g.value} type="radio" name={GROUP_PARAM} value={g.value} checked={g.value === state.group} onChange={onChange} count={g.count}>
              {g.label}
            </Choice>
          ))}
        </Facet>
      ) : null}
      {types.length ? (
        <Facet testId="facet-producer-type" legend={t("filters.producerType")}>
          {types.map((f) => (
            <Choice key={f.value} type="checkbox" name={PRODUCER_TYPE_PARAM} value={f.value} checked={state.producerTypes.includes(f.value)} onChange={onChange} count={f.count}>
              {t(`producerType.${f.value}`)}
            </Choice>
          ))}
        </Facet>
      ) : null}
      {hydrated ? null : (
        <button
          type="submit"
          className="self-start rounded-full bg-leaf-700 px-6 py-2 font-semibold text-white hover:bg-leaf-800 focus-visible:outline-2"
        >
          {t("search.filters.apply")}
        </button>
      )}
    </Form>
  );
}

/** The order of the results; part of the facet form (`form=`), so one URL holds both. */
export function SortSelect({ formId, value, onApply }: { formId: string; value: SearchState["sort"]; onApply: (form: HTMLFormElement | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="flex flex-1 flex-wrap items-center justify-end gap-2 sm:flex-none">
      <div className="flex flex-1 items-center gap-2">
        <label htmlFor={id} className="text-sm font-semibold whitespace-nowrap text-leaf-900">
          {t("search.sort.label")}
        </label>
        <select
          id={id}
          name={SORT_PARAM}
          form={formId}
          value={value}
          onChange={(event) => onApply(event.currentTarget.form)}
          data-testid="search-sort"
          className="w-0 min-w-32 flex-1 rounded-lg border border-earth-300 bg-white py-2 pr-1 pl-2 text-leaf-950 sm:w-auto sm:flex-none sm:pr-8 sm:pl-3 focus:border-leaf-700 focus:ring-2 focus:ring-leaf-700 focus:outline-none"
        >
          {SEARCH_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`search.sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {/* Without JavaScript only. Not taken away at hydration: the results below would move up under a
          shopper's finger as the page's JavaScript starts, after the page has loaded. */}
      <noscript>
        <button type="submit" form={formId} className="rounded-full border border-leaf-700 px-3 py-1.5 text-sm font-semibold text-leaf-800 hover:bg-leaf-50">
          {t("search.sort.apply")}
        </button>
      </noscript>
    </div>
  );
}

/** The selected filters as chips; each one's link is the same search without it. */
export function FilterChips({ chips, clearHref }: { chips: FilterChip[]; clearHref: string }) {
  const { t } = useTranslation();
  if (!chips.length) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <h3 className="sr-only">{t("search.filters.selected")}</h3>
      <ul role="list" className="flex flex-wrap gap-2" data-testid="search-chips">
        {chips.map((chip) => (
          <li key={`${chip.kind}:${chip.href}`}>
            <Link
              to={chip.href}
              preventScrollReset
              data-testid="search-chip"
              data-kind={chip.kind}
              aria-label={t("search.filters.remove", { label: chip.label })}
              className="flex items-center gap-1.5 rounded-full border border-leaf-300 bg-leaf-50 py-1 pr-2 pl-3 text-sm font-semibold text-leaf-900 hover:border-leaf-700 hover:bg-leaf-100"
            >
              {chip.label}
              <span aria-hidden="true" className="text-base leading-none text-leaf-700">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <Link to={clearHref} preventScrollReset className="px-1 text-sm font-semibold text-leaf-800 underline underline-offset-4">
          {t("search.filters.clearAll")}
        </Link>
      ) : null}
    </div>
  );
}

/**
 * "Bộ lọc": opens the filters drawer on a phone. Before JavaScript runs it is
 * a link to `#bo-loc` (the panel shows through `:target`); then a button
 * with aria-expanded.
 */
export function FiltersToggle({
  open,
  onOpen,
  activeCount,
  buttonRef,
}: {
  open: boolean;
  onOpen: () => void;
  activeCount: number;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const className =
    "flex shrink-0 items-center gap-2 rounded-full border border-leaf-700 bg-white px-3 py-2 font-semibold whitespace-nowrap text-leaf-800 hover:bg-leaf-50 sm:px-4 lg:hidden";
  const content = (
    <>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M3 5h14M6 10h8M8.5 15h3" />
      </svg>
      {t("search.filters.toggle")}
      {activeCount ? (
        <span className="rounded-full bg-leaf-700 px-1.5 text-sm text-white">
          <span aria-hidden="true">{activeCount}</span>
          <span className="sr-only">({t("search.filters.activeCount", { n: activeCount })})</span>
        </span>
      ) : null}
    </>
  );
  if (!hydrated) {
    return (
      <a href={`#${FILTERS_PANEL_ID}`} className={className} data-testid="filters-drawer-toggle">
        {content}
      </a>
    );
  }
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={FILTERS_PANEL_ID}
      onClick={onOpen}
      className={className}
      data-testid="filters-drawer-toggle"
    >
      {content}
    </button>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The facets: a sidebar from `lg` up; below that a full-screen dialog opened
 * by FiltersToggle. Open, it takes the focus (its title), keeps Tab inside,
 * closes on Escape or its close button and gives the focus back to the
 * toggle. Without JavaScript, `#bo-loc` shows it and a link closes it.
 */
export function FiltersPanel({
  open,
  onClose,
  toggleRef,
  resultCount,
  children,
}: {
  open: boolean;
  onClose: () => void;
  toggleRef: RefObject<HTMLButtonElement | null>;
  resultCount: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const panelRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      titleRef.current?.focus();
      const root = document.documentElement;
      const overflow = root.style.overflow;
      root.style.overflow = "hidden";
      // Growing to a desktop width turns the drawer into the sidebar.
      const wide = window.matchMedia("(min-width: 64rem)");
      const onWide = () => wide.matches && onClose();
      wide.addEventListener("change", onWide);
      return () => {
        root.style.overflow = overflow;
        wide.removeEventListener("change", onWide);
      };
    }
    if (wasOpen.current) {
      wasOpen.current = false;
      toggleRef.current?.focus();
    }
    return undefined;
  }, [open, onClose, toggleRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== "Tab" || !panelRef.current) return;
    const focusable = Array.from(panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const sheet =
    "max-lg:fixed max-lg:inset-0 max-lg:z-50 max-lg:flex max-lg:flex-col max-lg:bg-rice-50";
  const sheetOnTarget =
    "max-lg:target:fixed max-lg:target:inset-0 max-lg:target:z-50 max-lg:target:flex max-lg:target:flex-col max-lg:target:bg-rice-50";
  const closeClass = "rounded-full p-2 text-leaf-800 hover:bg-leaf-50 lg:hidden";

  return (
    <div
      id={FILTERS_PANEL_ID}
      ref={panelRef}
      // A dialog while open on a phone; otherwise the filters' landmark beside the results.
      role={open ? "dialog" : "region"}
      aria-modal={open ? true : undefined}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      className={`lg:block ${open ? sheet : `max-lg:hidden ${sheetOnTarget}`}`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-earth-200 px-4 py-3 lg:border-0 lg:px-0 lg:pt-0">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="text-lg font-bold text-leaf-900 focus:outline-none lg:text-base">
          {t("search.filters.heading")}
        </h2>
        {hydrated ? (
          <button type="button" onClick={onClose} className={closeClass} data-testid="filters-drawer-close">
            <span aria-hidden="true" className="block text-2xl leading-none">
              ×
            </span>
            <span className="sr-only">{t("search.filters.close")}</span>
          </button>
        ) : (
          <a href="#main" className={closeClass}>
            <span aria-hidden="true" className="block text-2xl leading-none">
              ×
            </span>
            <span className="sr-only">{t("search.filters.close")}</span>
          </a>
        )}
      </div>
      <div className="max-lg:flex-1 max-lg:overflow-y-auto max-lg:px-4 max-lg:py-4">{children}</div>
      {hydrated ? (
        <div className="border-t border-earth-200 bg-white px-4 py-3 lg:hidden">
          <button
            type="button"
            onClick={onClose}
            className="w-full rounded-full bg-leaf-700 px-6 py-3 font-semibold text-white hover:bg-leaf-800"
          >
            {t("search.filters.showResults", { count: resultCount })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
