import { describe, expect, it } from "vitest";
import { applySecurityHeaders, contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers.server";

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe("security headers", () => {
  const options = { nonce: "abc123==", backendUrl: "http://localhost:9000/some/path", production: true };

  it("lets this server, the nonce and Stripe run scripts, nothing inline without the nonce", () => {
    const csp = directives(contentSecurityPolicy(options));
    expect(csp["script-src"]).toEqual(expect.arrayContaining(["'self'", "'nonce-abc123=='", "https://js.stripe.com"]));
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
  });

  it("lets Stripe's iframes and API through", () => {
    const csp = directives(contentSecurityPolicy(options));
    expect(csp["frame-src"]).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]));
    expect(csp["connect-src"]).toEqual(["'self'", "https://api.stripe.com"]);
  });

  it("allows pictures from the backend's origin and data: URLs, styles inline", () => {
    const csp = directives(contentSecurityPolicy(options));
    expect(csp["img-src"]).toEqual(["'self'", "data:", "http://localhost:9000"]);
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("cannot be framed", () => {
    const headers = securityHeaders(options);
    expect(directives(headers["Content-Security-Policy"])["frame-ancestors"]).toEqual(["'none'"]);
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });

  it("sets nosniff, the referrer policy and a permissions policy", () => {
    const headers = securityHeaders(options);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\)/);
    expect(headers["Permissions-Policy"]).toMatch(/geolocation=\(\)/);
    expect(headers["Permissions-Policy"]).toMatch(/payment=\(self "https:\/\/js\.stripe\.com"\)/);
  });

  it("sends HSTS only in production, and allows the dev server's websocket only outside it", () => {
    expect(securityHeaders(options)["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
    const dev = securityHeaders({ ...options, production: false });
    expect(dev["Strict-Transport-Security"]).toBeUndefined();
    expect(directives(dev["Content-Security-Policy"])["connect-src"]).toContain("ws:");
  });

  it("ignores a backend URL that does not parse", () => {
    const csp = directives(contentSecurityPolicy({ ...options, backendUrl: "not a url" }));
    expect(csp["img-src"]).toEqual(["'self'", "data:"]);
  });

  it("makes a new unguessable nonce each time and writes the headers onto a response", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect(Buffer.from(createNonce(), "base64")).toHaveLength(16);
    const headers = new Headers({ "Set-Cookie": "a=b" });
    applySecurityHeaders(headers, options);
    expect(headers.get("content-security-policy")).toContain("'nonce-abc123=='");
    expect(headers.get("set-cookie")).toBe("a=b");
  });
});
