import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { getI18n } from "../../i18n";
import { AddressForm as AccountAddressForm } from "../account/AddressForm";
import { AddressForm as CheckoutAddressForm } from "../checkout/AddressForm";

/** Server HTML, as the first response a browser gets (no JavaScript yet). */
async function render(element: ReactElement): Promise<string> {
  const handler = createStaticHandler([{ path: "*", Component: () => element }]);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error(`unexpected response ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <I18nextProvider i18n={getI18n("vi")}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </I18nextProvider>,
  );
}

const provinces = [{ code: "01", name: "Hà Nội" }];
const communes = [{ code: "00004", name: "Phường Ba Đình", province_code: "01" }];
const names = (html: string) => [...html.matchAll(/ name="([^"]+)"/g)].map((match) => match[1]);

// Both forms share VnAddressFields; each keeps its own wording, extra fields and submit.
describe("address forms", () => {
  it("account: the shared fields with the account's labels, its hidden intent and no-JS button", async () => {
    const html = await render(
      <AccountAddressForm
        provinces={provinces}
        values={{ province_code: "01", commune_code: "00004" }}
        communes={communes}
        errors={{ form: [], fields: { phone: "Số điện thoại không hợp lệ" } }}
      />,
    );
    expect(names(html)).toEqual(["intent", "full_name", "phone", "province_code", "commune_code", "show_communes", "street"]);
    expect(html).toContain("Họ tên người nhận");
    expect(html).toContain("Số nhà, tên đường, thôn/ấp");
    expect(html).toContain('autoComplete="shipping tel"');
    expect(html).toMatch(/<option value="00004" selected="">Phường Ba Đình<\/option>/);
    expect(html).toContain("Số điện thoại không hợp lệ");
    expect(html).toContain("Lưu địa chỉ");
  });

  it("checkout: email first, the checkout's labels, the phone hint and the step's submit", async () => {
    const values = { email: "", full_name: "", phone: "", province_code: "01", commune_code: "", street: "" };
    const html = await render(
      <CheckoutAddressForm values={values} provinces={provinces} communes={communes} communesProvince="79" errors={null} savedNote={false} />,
    );
    expect(names(html)).toEqual(["email", "full_name", "phone", "province_code", "commune_code", "communes", "street", "intent"]);
    expect(html).toContain("Họ và tên người nhận");
    expect(html).toContain("Số nhà, đường, thôn/ấp");
    expect(html).toContain("Ví dụ 0912 345 678");
    expect(html).toContain('autoComplete="tel"');
    // Communes of another province are not offered.
    expect(html).not.toContain("Phường Ba Đình");
    expect(html).toContain('data-testid="address-submit"');
  });
});
