import { describe, expect, it } from "vitest";
import {
  loginHref,
  mapBackendErrors,
  moderationKey,
  orderActions,
  parseCertificateClaim,
  parseProductForm,
  parseProductUpdateForm,
  parseSignUpForm,
  parseWholeNumber,
  producerDecisions,
  producerStatusKey,
  statusTone,
  updatePathRenamer,
  variantPathRenamer,
} from "./portal";
import { sessionSecret } from "./portal-session.server";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("parseWholeNumber", () => {
  it("reads đồng as people type them", () => {
    expect(parseWholeNumber("150000")).toBe(150000);
    expect(parseWholeNumber("150.000")).toBe(150000);
    expect(parseWholeNumber("150 000 ₫")).toBe(150000);
    expect(parseWholeNumber("")).toBeNull();
    expect(parseWholeNumber("abc")).toBeNaN();
    expect(parseWholeNumber("-5")).toBeNaN();
  });
});

describe("parseSignUpForm", () => {
  it("builds the /producer/signup payload, leaving out empty optional fields", () => {
    const { payload, local } = parseSignUpForm(
      form([
        ["producer.name", " HTX Chè Tân Cương "],
        ["producer.type", "cooperative"],
        ["producer.province_code", "19"],
        ["producer.commune_code", "05503"],
        ["producer.address", "Xóm Soi"],
        ["producer.phone", "0912345678"],
        ["producer.email", ""],
        ["member.name", "Nguyễn Văn A"],
        ["member.email", "a@example.vn"],
        ["member.password", " secret pass "],
      ]),
    );
    expect(local.fields).toEqual({});
    expect(payload).toEqual({
      producer: {
        name: "HTX Chè Tân Cương",
        type: "cooperative",
        province_code: "19",
        commune_code: "05503",
        address: "Xóm Soi",
        phone: "0912345678",
        email: undefined,
        contact_name: undefined,
        story: undefined,
      },
      member: { name: "Nguyễn Văn A", email: "a@example.vn", password: " secret pass " },
    });
  });

  it("asks for a type and a commune before calling the backend", () => {
    const { local } = parseSignUpForm(form([["producer.type", "company"]]));
    expect(local.fields).toEqual({
      "producer.type": "portal.errors.chooseType",
      "producer.commune_code": "portal.errors.chooseCommune",
    });
  });
});

describe("parseProductForm", () => {
  const rows = (...r: Array<[string, string, string]>) =>
    r.flatMap(([title, price, stock]) => [
      ["variant_title", title],
      ["variant_sku", ""],
      ["variant_price", price],
      ["variant_stock", stock],
    ] as Array<[string, string]>);

  it("keeps filled pack-size rows and remembers their form rows", () => {
    const { payload, rows: formRows, local } = parseProductForm(
      form([["title", "Chè búp"], ["category_id", "pcat_1"], ...rows(["", "", ""], ["Hộp 250 g", "85.000", "40"])]),
      ["http://x/a.png"],
    );
    expect(local.fields).toEqual({});
    expect(payload).toEqual({
      title: "Chè búp",
      description: undefined,
      category_id: "pcat_1",
      images: ["http://x/a.png"],
      variants: [{ title: "Hộp 250 g", price: 85000, stock: 40 }],
    });
    expect(formRows).toEqual([1]);
  });

  it("reports incomplete rows and bad numbers", () => {
    const { local } = parseProductForm(form([["title", "Chè"], ...rows(["Hộp", "", "3"], ["Gói", "abc", "1"])]));
    expect(local.fields).toEqual({
      "variants.0.price": "portal.errors.variantIncomplete",
      "variants.1.price": "portal.errors.wholeNumber",
    });
  });

  it("adds a declared certificate only when one is filled in", () => {
    expect(parseProductForm(form([["title", "Chè"], ["certificate.issuer_level", "province"]])).payload.certificate).toBeUndefined();
    const claim = parseCertificateClaim(
      form([
        ["certificate.stars", "4"],
        ["certificate.decision_number", "123/QĐ-UBND"],
        ["certificate.decision_date", "2025-03-01"],
        ["certificate.issuing_body", "UBND tỉnh Thái Nguyên"],
        ["certificate.issuer_level", "province"],
        ["certificate.producer_address", "Tân Cương"],
        ["certificate.score", "78"],
      ]),
    );
    expect(claim).toEqual({
      stars: 4,
      decision_number: "123/QĐ-UBND",
      decision_date: "2025-03-01",
      issuing_body: "UBND tỉnh Thái Nguyên",
      issuer_level: "province",
      producer_address: "Tân Cương",
      valid_from: undefined,
      expires_at: undefined,
      evaluation_round: undefined,
      score: 78,
    });
  });
});

describe("parseProductUpdateForm", () => {
  it("sends existing pack sizes by id first, then new ones", () => {
    const { payload, existing, rows } = parseProductUpdateForm(
      form([
        ["title", "Chè"],
        ["existing_id", "variant_1"],
        ["existing_price", "90000"],
        ["existing_stock", "12"],
        ["variant_title", "Hộp 500 g"],
        ["variant_price", "160000"],
        ["variant_stock", "5"],
      ]),
      { images: ["a"] },
      ["b"],
    );
    expect(existing).toBe(1);
    expect(rows).toEqual([0]);
    expect(payload).toEqual({
      title: "Chè",
      description: "",
      images: ["a", "b"],
      variants: [
        { id: "variant_1", price: 90000, stock: 12 },
        { title: "Hộp 500 g", price: 160000, stock: 5 },
      ],
    });
    const rename = updatePathRenamer(existing, rows);
    expect(rename("variants.0.price")).toBe("existing.0.price");
    expect(rename("variants.1.price")).toBe("variants.0.price");
  });
});

describe("mapBackendErrors", () => {
  it("puts each validation message on its field", () => {
    const errors = mapBackendErrors(
      "Dữ liệu không hợp lệ: producer.name: Tên chủ thể quá ngắn; member.email: Email không hợp lệ; member.password: Mật khẩu cần ít nhất 8 ký tự",
    );
    expect(errors).toEqual({
      form: [],
      fields: {
        "producer.name": "Tên chủ thể quá ngắn",
        "member.email": "Email không hợp lệ",
        "member.password": "Mật khẩu cần ít nhất 8 ký tự",
      },
    });
  });

  it("keeps a workflow's message and unknown fields for the whole form", () => {
    expect(mapBackendErrors("Xã 99999 không thuộc tỉnh 19.")).toEqual({ form: ["Xã 99999 không thuộc tỉnh 19."], fields: {} });
    expect(mapBackendErrors("Dữ liệu không hợp lệ: producer.slug: sai", { known: ["producer.name"] })).toEqual({
      form: ["producer.slug: sai"],
      fields: {},
    });
    expect(mapBackendErrors("Dữ liệu không hợp lệ: variants: Hai quy cách không được trùng tên")).toEqual({
      form: [],
      fields: { variants: "Hai quy cách không được trùng tên" },
    });
  });

  it("prefixes and renames paths", () => {
    expect(mapBackendErrors("Dữ liệu không hợp lệ: stars: Hạng sao từ 3 đến 5", { prefix: "certificate" }).fields).toEqual({
      "certificate.stars": "Hạng sao từ 3 đến 5",
    });
    expect(mapBackendErrors("Dữ liệu không hợp lệ: variants.0.price: Giá tối thiểu 1.000 ₫", { rename: variantPathRenamer([2]) }).fields).toEqual({
      "variants.2.price": "Giá tối thiểu 1.000 ₫",
    });
    expect(mapBackendErrors("")).toEqual({ form: [], fields: {} });
  });
});

describe("status labels and actions", () => {
  it("names every status, unknown ones as waiting", () => {
    expect(producerStatusKey("pending")).toBe("portal.producerStatus.pending");
    expect(producerStatusKey("weird")).toBe("portal.producerStatus.pending");
    expect(moderationKey("rejected")).toBe("portal.moderation.rejected");
    expect(statusTone("proposed")).toBe("waiting");
    expect(statusTone("published")).toBe("good");
    expect(statusTone("suspended")).toBe("bad");
  });

  it("offers the next steps of an order and a producer", () => {
    expect(orderActions("pending")).toEqual(["confirm", "cancel"]);
    expect(orderActions("confirmed")).toEqual(["ship", "cancel"]);
    expect(orderActions("shipped")).toEqual([]);
    expect(producerDecisions("pending")).toEqual(["approve", "reject"]);
    expect(producerDecisions("approved")).toEqual(["suspend"]);
    expect(producerDecisions("suspended")).toEqual(["reinstate"]);
  });

  it("builds login links back to the page", () => {
    expect(loginHref("/tinh/dang-nhap", "/tinh/chu-the?status=pending")).toBe("/tinh/dang-nhap?next=%2Ftinh%2Fchu-the%3Fstatus%3Dpending");
    expect(loginHref("/tinh/dang-nhap", null)).toBe("/tinh/dang-nhap");
  });
});

describe("sessionSecret", () => {
  it("uses SESSION_SECRET, a dev default, and refuses production without one", () => {
    expect(sessionSecret({ SESSION_SECRET: "s3cret", NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe("s3cret");
    expect(sessionSecret({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toBeTruthy();
    expect(() => sessionSecret({ NODE_ENV: "production" } as NodeJS.ProcessEnv)).toThrow(/SESSION_SECRET/);
  });
});
