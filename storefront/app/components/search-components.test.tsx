import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n } from "../i18n";
import type { Locale } from "../i18n/locales";
import { EMPTY_SEARCH_STATE, filterChips, toSearchFacets } from "../lib/search";
import { FilterChips, SearchFacetForm } from "./SearchFilters";
import { SearchBox } from "./SearchBox";

/** Server-renders `element` at `url` the way the storefront's server does: the first HTML a browser gets. */
async function render(element: ReactElement, url = "/", locale: Locale = "vi"): Promise<string> {
  const handler = createStaticHandler([{ path: "*", Component: () => element }]);
  const context = await handler.query(new Request(`http://localhost${url}`));
  if (context instanceof Response) throw new Error(`unexpected response ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </I18nextProvider>,
  );
}

const tag = (html: string, pattern: RegExp) => html.match(pattern)?.[0] ?? "";
/** The <input> with this name and value (attribute order is React's business). */
const input = (html: string, name: string, value: string) =>
  (html.match(/<input[^>]*>/g) ?? []).find((t) => t.includes(`name="${name}"`) && t.includes(`value="${value}"`)) ?? "";

describe("SearchBox (server HTML, before any JavaScript)", () => {
  it("is a plain GET form to /tim-kiem with a search field named q", async () => {
    const html = await render(<SearchBox />);
    const form = tag(html, /<form[^>]*>/);
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/tim-kiem"');
    expect(form).toContain('role="search"');
    const field = tag(html, /<input[^>]*>/);
    expect(field).toContain('type="search"');
    expect(field).toContain('name="q"');
    expect(field).toContain('role="combobox"');
    expect(field).toContain('aria-expanded="false"');
    expect(field).not.toContain("aria-activedescendant");
    // The field is labelled, and its listbox exists (closed) for aria-controls.
    const id = /id="([^"]+)"/.exec(field)![1];
    expect(html).toContain(`for="${id}"`);
    const listbox = /aria-controls="([^"]+)"/.exec(field)![1];
    expect(tag(html, /<div[^>]*role="listbox"[^>]*>/)).toContain(`id="${listbox}"`);
    expect(tag(html, /<div[^>]*role="listbox"[^>]*>/)).toContain("hidden");
  });

  it("shows the words searched for on the results page only", async () => {
    expect(tag(await render(<SearchBox />, "/tim-kiem?q=tr%C3%A0%20xanh"), /<input[^>]*>/)).toContain('value="trà xanh"');
    expect(tag(await render(<SearchBox />, "/san-pham?q=tr%C3%A0"), /<input[^>]*>/)).toContain('value=""');
  });
});

describe("SearchFacetForm (server HTML)", () => {
  const facets = toSearchFacets({
    stars: [{ value: 5, count: 4 }, { value: 4, count: 2 }],
    price: [{ from: 0, to: 100000, count: 3 }, { from: 1000000, to: null, count: 1 }],
    producer_type: [{ value: "cooperative", count: 5 }],
  });
  const names = { province: () => null, provinceSlug: (value: string) => value, group: (handle: string) => handle };

  it("works without JavaScript: a GET form that keeps the words and has an Apply button", async () => {
    const html = await render(
      <SearchFacetForm id="f" state={{ ...EMPTY_SEARCH_STATE, q: "trà", stars: [5] }} facets={facets} names={names} onApply={() => {}} />,
    );
    expect(tag(html, /<form[^>]*>/)).toContain('action="/tim-kiem"');
    expect(html).toContain('<input type="hidden" name="q" value="trà"/>');
    expect(html).toMatch(/<button type="submit"[^>]*>Áp dụng<\/button>/);
    expect(input(html, "stars", "5")).toContain('checked=""');
    expect(input(html, "stars", "4")).toContain('type="checkbox"');
    expect(input(html, "stars", "4")).not.toContain("checked");
    expect(input(html, "price", "-100000")).toContain('type="radio"');
    expect(input(html, "price", "")).toContain('checked=""');
    expect(html).toContain("Dưới 100.000\u00a0₫");
    expect(html).toContain("Từ 1.000.000\u00a0₫");
    for (const id of ["facet-stars", "facet-price", "facet-producer-type"]) expect(html).toContain(`data-testid="${id}"`);
    // No province or group facet without values.
    expect(html).not.toContain('data-testid="facet-province"');
  });

  it("keeps a selected value the facets no longer count, so it can be undone", async () => {
    const html = await render(
      <SearchFacetForm id="f" state={{ ...EMPTY_SEARCH_STATE, stars: [3], province: "bac-lieu" }} facets={facets} names={{ ...names, province: () => "Bạc Liêu (nay thuộc Cà Mau)" }} onApply={() => {}} />,
    );
    expect(input(html, "stars", "3")).toContain('checked=""');
    expect(input(html, "province", "bac-lieu")).toContain('checked=""');
    expect(input(html, "province", "")).not.toContain("checked");
    expect(html).toContain("Bạc Liêu (nay thuộc Cà Mau)");
  });
});

describe("FilterChips", () => {
  it("are links that say what they remove", async () => {
    const state = { ...EMPTY_SEARCH_STATE, q: "trà", stars: [5 as const], producerTypes: ["household" as const] };
    const html = await render(<FilterChips chips={filterChips(state, getI18n("vi").getFixedT("vi"))} clearHref="/tim-kiem?q=tr%C3%A0" />);
    expect(html).toContain('aria-label="Bỏ lọc: 5 sao"');
    expect(html).toContain('href="/tim-kiem?q=tr%C3%A0&amp;type=household"');
    expect(html).toContain('aria-label="Bỏ lọc: Hộ sản xuất kinh doanh"');
    expect(html).toContain("Xóa tất cả bộ lọc");
  });
});
