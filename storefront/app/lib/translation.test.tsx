import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { getI18n } from "../i18n";
import type { Locale } from "../i18n/locales";
import { useTranslation, type Translation } from "./translation";

describe("useTranslation", () => {
  const seen: Translation[] = [];
  function SkipLink() {
    const translation = useTranslation();
    seen.push(translation);
    return <a href="#main">{translation.t("nav.skipToContent")}</a>;
  }
  const render = (locale: Locale) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={getI18n(locale)}>
        <SkipLink />
        <SkipLink />
      </I18nextProvider>,
    );

  it("speaks the language of the nearest I18nextProvider", () => {
    expect(render("vi")).toBe('<a href="#main">Chuyển đến nội dung chính</a><a href="#main">Chuyển đến nội dung chính</a>');
    expect(render("en")).toBe('<a href="#main">Skip to main content</a><a href="#main">Skip to main content</a>');
  });

  it("gives every component of a language the same t and instance, so rendering one costs nothing more", () => {
    seen.length = 0;
    render("vi");
    render("vi");
    render("en");
    expect(new Set(seen.slice(0, 4)).size).toBe(1);
    expect(seen[0].i18n).toBe(getI18n("vi"));
    expect(seen[4]).not.toBe(seen[0]);
    expect(seen[4].i18n).toBe(getI18n("en"));
  });

  it("says where the provider is missing instead of rendering keys", () => {
    expect(() => renderToStaticMarkup(<SkipLink />)).toThrow(/no I18nextProvider/);
  });
});
