import { describe, expect, it } from "vitest";
import { safeRedirectPath, withoutSearchParam } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeRedirectPath("/san-pham/mat-ong?x=1")).toBe("/san-pham/mat-ong?x=1");
    expect(safeRedirectPath("/")).toBe("/");
  });

  it("rejects other sites and odd values", () => {
    expect(safeRedirectPath("https://evil.example/")).toBe("/");
    expect(safeRedirectPath("//evil.example/")).toBe("/");
    expect(safeRedirectPath("/\\evil.example")).toBe("/");
    expect(safeRedirectPath("/a\r\nSet-Cookie: x=1")).toBe("/");
    expect(safeRedirectPath("relative")).toBe("/");
    expect(safeRedirectPath(null)).toBe("/");
    expect(safeRedirectPath(undefined, "/home")).toBe("/home");
  });
});

describe("withoutSearchParam", () => {
  it("drops one parameter and keeps the others", () => {
    expect(withoutSearchParam("/", "?lng=en", "lng")).toBe("/");
    expect(withoutSearchParam("/", "?trang=2&lng=en", "lng")).toBe("/?trang=2");
    expect(withoutSearchParam("/san-pham/x", "", "lng")).toBe("/san-pham/x");
  });
});
