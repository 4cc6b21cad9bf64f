import { describe, expect, it } from "vitest";
import { isPictureName, pictureSrc } from "./pictures";

describe("product pictures on the storefront's origin", () => {
  it("serves the backend's pictures from /static/ here and leaves other addresses alone", () => {
    expect(pictureSrc("http://localhost:9000/static/1796-tra.svg", "http://localhost:9000")).toBe("/static/1796-tra.svg");
    expect(pictureSrc("https://cdn.example.vn/static/1796-tra.svg", "http://localhost:9000")).toBe("https://cdn.example.vn/static/1796-tra.svg");
    expect(pictureSrc("http://localhost:9000/app/logo.svg", "http://localhost:9000")).toBe("http://localhost:9000/app/logo.svg");
    expect(pictureSrc("http://localhost:9000/static/a.svg", undefined)).toBe("http://localhost:9000/static/a.svg");
  });

  it("asks the backend only for plain file names", () => {
    expect(isPictureName("1796536419031-cao-ngua-bach-bac-ha.svg")).toBe(true);
    for (const name of ["..", "../admin", "a/b.svg", "%2e%2e", ".env", "", "a..b.svg"]) expect(isPictureName(name)).toBe(false);
  });
});
