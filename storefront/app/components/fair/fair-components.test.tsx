import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n } from "../../i18n";
import type { Locale } from "../../i18n/locales";
import type { ProductSummary } from "../../lib/catalog";
import type { ApiFairSummary } from "../../lib/fair";
import { Countdown } from "../ocop/Countdown";
import { ProductCard } from "../ProductCard";
import { ProductPrice } from "../ProductPrice";
import { FairCard } from "./FairCard";
import { FairFilterForm } from "./FairFilterForm";

/** Server HTML, as the first response a browser gets. */
async function render(element: ReactElement, locale: Locale = "vi"): Promise<string> {
  const handler = createStaticHandler([{ path: "*", Component: () => element }]);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error(`unexpected response ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <I18nextProvider i18n={getI18n(locale)}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </I18nextProvider>,
  );
}

const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

const fair: ApiFairSummary = {
  id: "fair_1",
  slug: "tuan-le-ocop-ca-mau",
  name: "Tuần lễ OCOP Cà Mau",
  kind: "tuan_le",
  status: "published",
  phase: "upcoming",
  starts_at: "2026-12-05T04:04:05.000Z",
  ends_at: "2026-12-10T13:00:00.000Z",
  now: "2026-12-03T01:00:00.000Z",
  organiser: null,
  description: null,
  banner_url: null,
  booth_count: 4,
  product_count: 12,
};

const product: ProductSummary = {
  id: "prod_1",
  handle: "tra-shan-tuyet",
  title: "Trà Shan tuyết",
  subtitle: null,
  thumbnail: null,
  price: { min: 150_000, max: 150_000 },
  stars: 4,
  provinceName: "Hà Giang",
  producer: null,
};

describe("Countdown", () => {
  it("is a timer screen readers are not interrupted by, with the server's time left", async () => {
    const html = await render(<Countdown target={fair.starts_at} serverNow={fair.now} />);
    expect(html).toContain('role="timer"');
    expect(html).toContain('aria-live="off"');
    expect(text(html)).toBe("Còn 2 ngày 03:04:05");
  });
});

describe("ProductPrice", () => {
  it("strikes the usual price through next to the fair price and its discount", async () => {
    const html = await render(
      <ProductPrice price={product.price} fair={{ fairPrice: 120_000, regularPrice: 150_000, discountPercent: 20, fair: null }} />,
    );
    expect(html).toMatch(/<del[^>]*>150\.000\u00a0₫<\/del>/);
    expect(html).toMatch(/data-testid="fair-price"[^>]*>120\.000\u00a0₫</);
    expect(text(html)).toContain("\u221220%");
    expect(html).toContain('aria-label="Giảm 20%"');
  });

  it("shows the usual price alone without a fair price", async () => {
    const html = await render(<ProductPrice price={product.price} />);
    expect(html).not.toContain("<del");
    expect(html).toMatch(/data-testid="product-price"[^>]*>150\.000\u00a0₫<\/p>/);
  });
});

describe("ProductCard", () => {
  it("links a search hit to its live fair", async () => {
    const html = await render(
      <ProductCard
        product={{ ...product, fair: { fairPrice: 120_000, regularPrice: 150_000, discountPercent: 20, fair: { slug: fair.slug, name: fair.name } } }}
      />,
    );
    expect(html).toMatch(/<a[^>]*href="\/hoi-cho\/tuan-le-ocop-ca-mau"[^>]*>Hội chợ: Tuần lễ OCOP Cà Mau<\/a>/);
    expect(html).toContain("<del");
  });

  it("has no fair badge for a product outside fairs", async () => {
    expect(await render(<ProductCard product={product} />)).not.toContain('data-testid="fair-badge"');
  });
});

describe("FairCard", () => {
  it("shows kind, phase, a national organiser, counts and the countdown text, linking to the fair", async () => {
    const html = await render(<FairCard fair={fair} />);
    const content = text(html);
    expect(content).toContain("Tuần lễ");
    expect(content).toContain("Sắp diễn ra");
    expect(content).toContain("Đơn vị tổ chức: Toàn quốc");
    expect(content).toContain("Gian hàng: 4 · Sản phẩm: 12");
    expect(content).toContain("Khai mạc sau: Còn 2 ngày 03:04:05");
    // Dates in Vietnam time (UTC+7).
    expect(content).toContain("11:04, 05/12/2026 đến 20:00, 10/12/2026");
    expect(html).toContain('href="/hoi-cho/tuan-le-ocop-ca-mau"');
  });

  it("names the organising province and shows no countdown once ended", async () => {
    const html = await render(<FairCard fair={{ ...fair, phase: "ended", organiser: { province_code: "96", name: "Cà Mau" } }} />);
    expect(text(html)).toContain("Đơn vị tổ chức: Cà Mau");
    expect(text(html)).toContain("Đã kết thúc");
    expect(html).not.toContain("fair-countdown-text");
  });
});

describe("FairFilterForm", () => {
  it("is a GET form with the group and star facets and their counts, keeping the choice", async () => {
    const html = await render(
      <FairFilterForm
        action="/hoi-cho/tuan-le-ocop-ca-mau"
        filters={{ group: "tra-che", stars: [5] }}
        facets={{ groups: [{ handle: "tra-che", name: "Trà", count: 3 }], stars: [{ value: 5, count: 2 }, { value: 4, count: 1 }] }}
      />,
    );
    const form = html.match(/<form[^>]*>/)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/hoi-cho/tuan-le-ocop-ca-mau"');
    expect(html).toMatch(/<option value="tra-che" selected="">Trà \(3\)<\/option>/);
    const five = (html.match(/<input[^>]*>/g) ?? []).find((t) => t.includes('name="stars"') && t.includes('value="5"')) ?? "";
    expect(five).toContain("checked");
    expect(text(html)).toContain("4 sao (1)");
  });
});
