import { describe, expect, it } from "vitest";
import { asciiSlug, attachmentDisposition, fairCsvFilename } from "./fair-csv";

describe("fairCsvFilename", () => {
  it("names the file after the fair's slug", () => {
    expect(fairCsvFilename({ id: "fair_01", slug: "hoi-cho-tra-thai-nguyen-2026" })).toBe("ket-qua-hoi-cho-tra-thai-nguyen-2026.csv");
    expect(fairCsvFilename({ id: "fair_01", slug: "tuan-le-che" })).toBe("ket-qua-hoi-cho-tuan-le-che.csv");
  });

  it("falls back on the Vietnamese name without marks, then the id", () => {
    expect(fairCsvFilename({ id: "x", slug: "", name: "Chợ phiên Đặc sản Tân Cương" })).toBe("ket-qua-hoi-cho-cho-phien-dac-san-tan-cuong.csv");
    expect(fairCsvFilename({ id: "01JFAIR", slug: null })).toBe("ket-qua-hoi-cho-01jfair.csv");
    expect(fairCsvFilename({ id: "***" })).toBe("ket-qua-hoi-cho.csv");
  });

  it("never lets a quote or a path into the name", () => {
    const name = fairCsvFilename({ id: "a", slug: '../"evil"\r\n' });
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
  });
});

describe("asciiSlug", () => {
  it("drops Vietnamese marks", () => {
    expect(asciiSlug("Hội chợ Trà 2026")).toBe("hoi-cho-tra-2026");
    expect(asciiSlug("Đồng Tháp")).toBe("dong-thap");
  });
});

describe("attachmentDisposition", () => {
  it("is an attachment with the quoted file name", () => {
    expect(attachmentDisposition("ket-qua.csv")).toBe('attachment; filename="ket-qua.csv"');
    expect(attachmentDisposition('a"b\n.csv')).toBe('attachment; filename="ab.csv"');
  });
});
