/**
 * Security headers of every HTML page (set in app/entry.server.tsx).
 *
 * The Content-Security-Policy allows this server, the backend (product
 * pictures and uploads under /static) and Stripe (Stripe.js, its iframes and
 * its API); inline scripts only with the per-request nonce that React Router's
 * <Scripts>, <ScrollRestoration> and <ServerRouter> put on theirs.
 */
import { randomBytes } from "node:crypto";

export const STRIPE_SCRIPT_ORIGINS = ["https://js.stripe.com", "https://*.js.stripe.com"];
export const STRIPE_FRAME_ORIGINS = ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"];
export const STRIPE_API_ORIGINS = ["https://api.stripe.com"];

/** 128 random bits, base64: a new one for every response. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export type SecurityHeaderOptions = {
  nonce: string;
  /** Where product pictures and uploads come from (MEDUSA_BACKEND_URL). */
  backendUrl?: string;
  /** HSTS only in production, and no dev-server websockets. */
  production: boolean;
};

export function contentSecurityPolicy({ nonce, backendUrl, production }: SecurityHeaderOptions): string {
  const backend = originOf(backendUrl);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, ...STRIPE_SCRIPT_ORIGINS],
    // Inline style attributes (React's style prop, Stripe's injected styles) need 'unsafe-inline'; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", ...(backend ? [backend] : [])],
    "font-src": ["'self'", "data:"],
    // Vite's dev server pushes updates over a websocket.
    "connect-src": ["'self'", ...STRIPE_API_ORIGINS, ...(production ? [] : ["ws:", "wss:"])],
    "frame-src": STRIPE_FRAME_ORIGINS,
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Header name → value, for an HTML document. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Old browsers that ignore frame-ancestors.
    "X-Frame-Options": "DENY",
    // Payment Request (Apple Pay / Google Pay) runs inside Stripe's iframe.
    "Permissions-Policy": 'camera=(), microphone=(), geolocation=(), payment=(self "https://js.stripe.com")',
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
  };
  // Browsers honour HSTS only over HTTPS, where production runs behind its proxy.
  if (options.production) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

export function applySecurityHeaders(headers: Headers, options: SecurityHeaderOptions): void {
  for (const [name, value] of Object.entries(securityHeaders(options))) headers.set(name, value);
}
