import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { getI18n } from "../../i18n";
import type { Locale } from "../../i18n/locales";
import { certificate } from "../../test/fixtures";
import { CertificatePanel } from "./CertificatePanel";
import { OcopMark } from "./OcopMark";
import { StarBadge } from "./StarBadge";

function render(element: ReactElement, locale: Locale = "vi"): string {
  return renderToStaticMarkup(<I18nextProvider i18n={getI18n(locale)}>{element}</I18nextProvider>);
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("StarBadge", () => {
  it("shows the stars and names them for screen readers", () => {
    const html = render(<StarBadge stars={4} />);
    expect(html).toContain('aria-label="Sản phẩm OCOP 4 sao"');
    expect(html).toContain('data-testid="star-badge"');
    expect(text(html)).toBe("★★★★☆ 4 sao OCOP");
  });

  it("speaks English too", () => {
    expect(render(<StarBadge stars={5} />, "en")).toContain('aria-label="5-star OCOP product"');
  });

  it("renders nothing without a star level", () => {
    expect(render(<StarBadge stars={null} />)).toBe("");
    expect(render(<StarBadge stars={undefined} />)).toBe("");
    expect(render(<StarBadge stars={2} />)).toBe("");
  });
});

describe("OcopMark", () => {
  it("appears only with a certificate in force", () => {
    expect(render(<OcopMark isOcop />)).toContain("OCOP");
    expect(render(<OcopMark isOcop={false} />)).toBe("");
  });
});

describe("CertificatePanel", () => {
  it("prints the decision as written, with the issuer level in words and Vietnam dates", () => {
    const html = render(<CertificatePanel stars={5} status="valid" certificate={certificate} />);
    const plain = text(html);
    expect(html).toContain('data-testid="certificate-panel"');
    expect(html).toMatch(/data-testid="certificate-decision"[^>]*>1032\/QĐ-BNNMT</);
    expect(plain).toContain("Bộ Nông nghiệp và Môi trường");
    expect(plain).toContain("Cấp bộ");
    expect(plain).toContain("đợt 1/2024");
    expect(plain).toContain("xã Vĩnh Hậu, huyện Hòa Bình, tỉnh Bạc Liêu");
    // 2027-03-14T17:00Z is 15/03/2027 in Vietnam.
    expect(html).toMatch(/data-testid="certificate-valid-until"[^>]*><time[^>]*>15\/03\/2027</);
    expect(plain).not.toContain("Sắp hết hạn");
  });

  it("warns when the certificate is about to expire", () => {
    const html = render(
      <CertificatePanel stars={4} status="expiring" certificate={{ ...certificate, stars: 4, status: "expiring" }} />,
    );
    expect(text(html)).toContain("Sắp hết hạn: chứng nhận hết hiệu lực ngày 15/03/2027.");
  });

  it("says plainly that an expired certificate has expired, without stars", () => {
    const html = render(<CertificatePanel stars={null} status="expired" certificate={null} history={[]} />);
    expect(text(html)).toContain("Chứng nhận OCOP của sản phẩm này đã hết hạn");
    expect(html).not.toContain("certificate-decision");
    expect(html).not.toContain("★");
  });

  it("gives the reason for a revocation from the history, which has no stars", () => {
    const html = render(
      <CertificatePanel
        stars={null}
        status="revoked"
        certificate={null}
        history={[
          {
            id: "old",
            decision_number: "88/QĐ-UBND",
            decision_date: "2022-05-01T00:00:00.000Z",
            valid_from: "2022-05-01T00:00:00.000Z",
            expires_at: "2025-05-01T00:00:00.000Z",
            issuing_body: "UBND tỉnh Đồng Tháp",
            issuer_level: "province",
            evaluation_round: null,
            producer_address: "huyện Lai Vung, tỉnh Đồng Tháp",
            status: "revoked",
            revocation_reason: "Không duy trì chất lượng sản phẩm",
          },
        ]}
      />,
    );
    const plain = text(html);
    expect(plain).toContain("Chứng nhận OCOP của sản phẩm này đã bị thu hồi");
    expect(plain).toContain("Lý do thu hồi: Không duy trì chất lượng sản phẩm");
    expect(html).toContain("<details");
    expect(plain).toContain("Lịch sử chứng nhận (1)");
    expect(plain).toContain("88/QĐ-UBND");
    expect(html).not.toContain("★");
  });

  it("renders nothing for a product that was never certified", () => {
    expect(render(<CertificatePanel stars={null} status="none" certificate={null} history={[]} />)).toBe("");
  });
});
